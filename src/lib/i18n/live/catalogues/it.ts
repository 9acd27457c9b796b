import type { LiveMessages } from '../en';

export default {
	status: {
		live: 'In diretta',
		checked: 'In diretta · controllato alle {time}',
		held: 'In diretta · un aggiornamento compare quando il puntatore lascia la cronologia',
		paused: 'In diretta · in pausa finché la pagina è nascosta',
		failed: 'In diretta · impossibile consultare di nuovo {host}; nuovo tentativo alle {time}',
		invalid:
			'In diretta · il file su {host} ora ha un problema, quindi questa è la sua ultima versione valida; nuova consultazione alle {time}'
	},
	updated: 'La storia è stata aggiornata: {parts}.',
	updatedOnly: 'La storia è stata aggiornata.',
	added: {
		one: '{n} evento aggiunto',
		many: '{n} di eventi aggiunti',
		other: '{n} eventi aggiunti'
	},
	changed: {
		one: '{n} evento modificato',
		many: '{n} di eventi modificati',
		other: '{n} eventi modificati'
	},
	removed: {
		one: '{n} evento rimosso',
		many: '{n} di eventi rimossi',
		other: '{n} eventi rimossi'
	},
	changedAfter: { one: '{n} modificato', many: '{n} modificati', other: '{n} modificati' },
	removedAfter: { one: '{n} rimosso', many: '{n} rimossi', other: '{n} rimossi' },
	lastVisit: {
		one: '{n} evento nuovo dalla tua ultima visita, segnato «nuovo».',
		many: '{n} di eventi nuovi dalla tua ultima visita, segnati «nuovo».',
		other: '{n} eventi nuovi dalla tua ultima visita, segnati «nuovo».'
	},
	fresh: { new: 'nuovo', updated: 'modificato' },
	legend: { new: 'Nuovo evento', updated: 'Evento aggiornato' }
} satisfies LiveMessages;
