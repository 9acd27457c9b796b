import type { LiveMessages } from '../en';

export default {
	status: {
		live: 'Live',
		checked: 'Live · geprüft um {time}',
		held: 'Live · eine Aktualisierung erscheint, sobald der Zeiger die Zeitleiste verlässt',
		paused: 'Live · angehalten, solange die Seite verborgen ist',
		failed: 'Live · {host} konnte nicht erneut abgerufen werden; nächster Versuch um {time}',
		invalid:
			'Live · die Datei auf {host} hat jetzt einen Fehler, dies ist also ihre letzte gültige Fassung; erneuter Abruf um {time}'
	},
	updated: 'Die Geschichte wurde aktualisiert: {parts}.',
	updatedOnly: 'Die Geschichte wurde aktualisiert.',
	added: { one: '{n} Ereignis hinzugefügt', other: '{n} Ereignisse hinzugefügt' },
	changed: { one: '{n} Ereignis geändert', other: '{n} Ereignisse geändert' },
	removed: { one: '{n} Ereignis entfernt', other: '{n} Ereignisse entfernt' },
	changedAfter: { one: '{n} geändert', other: '{n} geändert' },
	removedAfter: { one: '{n} entfernt', other: '{n} entfernt' },
	lastVisit: {
		one: '{n} Ereignis neu seit Ihrem letzten Besuch, als „neu“ markiert.',
		other: '{n} Ereignisse neu seit Ihrem letzten Besuch, als „neu“ markiert.'
	},
	fresh: { new: 'neu', updated: 'geändert' },
	legend: { new: 'Neues Ereignis', updated: 'Geändertes Ereignis' }
} satisfies LiveMessages;
