import type { LiveMessages } from '../en';

export default {
	status: {
		live: 'En directo',
		checked: 'En directo · comprobado a las {time}',
		held: 'En directo · una actualización aparece cuando el puntero sale de la cronología',
		paused: 'En directo · en pausa mientras la página está oculta',
		failed: 'En directo · no se pudo volver a consultar {host}; nuevo intento a las {time}',
		invalid:
			'En directo · el archivo en {host} tiene ahora un problema, así que esta es su última versión válida; nueva consulta a las {time}'
	},
	updated: 'La historia se actualizó: {parts}.',
	updatedOnly: 'La historia se actualizó.',
	added: {
		one: '{n} evento añadido',
		many: '{n} de eventos añadidos',
		other: '{n} eventos añadidos'
	},
	changed: {
		one: '{n} evento modificado',
		many: '{n} de eventos modificados',
		other: '{n} eventos modificados'
	},
	removed: {
		one: '{n} evento eliminado',
		many: '{n} de eventos eliminados',
		other: '{n} eventos eliminados'
	},
	changedAfter: { one: '{n} modificado', many: '{n} modificados', other: '{n} modificados' },
	removedAfter: { one: '{n} eliminado', many: '{n} eliminados', other: '{n} eliminados' },
	lastVisit: {
		one: '{n} evento nuevo desde su última visita, marcado «nuevo».',
		many: '{n} de eventos nuevos desde su última visita, marcados «nuevo».',
		other: '{n} eventos nuevos desde su última visita, marcados «nuevo».'
	},
	fresh: { new: 'nuevo', updated: 'modificado' },
	legend: { new: 'Evento nuevo', updated: 'Evento actualizado' }
} satisfies LiveMessages;
