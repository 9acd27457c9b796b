import type { LiveMessages } from '../en';

export default {
	status: {
		live: 'Ao vivo',
		checked: 'Ao vivo · verificado às {time}',
		held: 'Ao vivo · uma atualização aparece quando o ponteiro sai da cronologia',
		paused: 'Ao vivo · em pausa enquanto a página está oculta',
		failed: 'Ao vivo · não foi possível consultar {host} de novo; nova tentativa às {time}',
		invalid:
			'Ao vivo · o ficheiro em {host} tem agora um problema, por isso esta é a sua última versão válida; nova consulta às {time}'
	},
	updated: 'A história foi atualizada: {parts}.',
	updatedOnly: 'A história foi atualizada.',
	added: {
		one: '{n} evento adicionado',
		many: '{n} de eventos adicionados',
		other: '{n} eventos adicionados'
	},
	changed: {
		one: '{n} evento alterado',
		many: '{n} de eventos alterados',
		other: '{n} eventos alterados'
	},
	removed: {
		one: '{n} evento removido',
		many: '{n} de eventos removidos',
		other: '{n} eventos removidos'
	},
	changedAfter: { one: '{n} alterado', many: '{n} alterados', other: '{n} alterados' },
	removedAfter: { one: '{n} removido', many: '{n} removidos', other: '{n} removidos' },
	lastVisit: {
		one: '{n} evento novo desde a sua última visita, marcado «novo».',
		many: '{n} de eventos novos desde a sua última visita, marcados «novo».',
		other: '{n} eventos novos desde a sua última visita, marcados «novo».'
	},
	fresh: { new: 'novo', updated: 'alterado' },
	legend: { new: 'Evento novo', updated: 'Evento atualizado' }
} satisfies LiveMessages;
