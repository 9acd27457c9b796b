import type { SharingMessages } from '../en';

export default {
	title: 'Diese Zeitleiste einbetten',
	frameTitle: 'Zeitleiste: {title}',
	close: 'Schließen',
	deeplink: 'Die Adresse der Host-Seite folgt dem gewählten Ereignis (nur selbstanpassender Code)',
	iframe: 'Iframe',
	iframeHint:
		'Funktioniert überall, wo Iframes erlaubt sind. Seine Höhe ist fest, außer die Seite lädt auch embed.js.',
	loader: 'Selbstanpassend',
	loaderHint:
		'Ein Platzhalter und unser kleines Ladeskript: Der Rahmen wächst und schrumpft mit der Geschichte.',
	copy: 'Code kopieren',
	copied: 'Kopiert',
	selected: 'Markiert: Drücken Sie Strg+C (⌘C) zum Kopieren',
	preview: 'Vorschau',
	previewAs: 'Als',
	previewLoader: 'der selbstanpassende Code',
	previewIframe: 'der Iframe, {height} px hoch',
	options: {
		theme: 'Design',
		themeAuto: 'Dem System des Lesers folgen',
		light: 'Hell',
		dark: 'Dunkel',
		language: 'Sprache',
		storyLanguage: 'Die der Geschichte: {name}',
		flow: 'Zeit läuft',
		flowAuto: 'Wie die Sprache schreibt',
		ltr: 'Von links nach rechts',
		rtl: 'Von rechts nach links',
		openAt: 'Öffnen bei',
		noEvent: 'Kein Ereignis: die ganze Zeitleiste',
		eventId: 'eine Ereignis-ID',
		panel: 'Lesebereich zu Beginn',
		panelAuto: 'Offen, wenn sie bei einem Ereignis öffnet',
		open: 'Offen',
		closed: 'Geschlossen',
		live: 'Nach Aktualisierungen suchen',
		never: 'Nie: wie sie geladen wurde',
		every: { one: 'Jede Minute', other: 'Alle {n} Minuten' },
		accent: 'Akzentfarbe',
		accentHint: 'die der Website oder #1971c2',
		font: 'Schrift',
		fontSite: 'Die der Website (serifenlose Systemschrift)',
		serif: 'Serifenschrift',
		mono: 'Festbreitenschrift',
		export: 'Lesern den Export erlauben (Bild, Kalender, Daten)',
		range: 'Zuerst gezeigte Tage (leer: alle Ereignisse)',
		from: 'Von',
		to: 'Bis',
		leaveOut: 'Weglassen',
		title: 'Titel',
		summary: 'Zusammenfassung',
		search: 'Suche',
		help: 'Hilfetext',
		legend: 'Legende'
	},
	problems: {
		backwards: 'Der Zeitraum wird weggelassen: Sein Anfang liegt nach seinem Ende.',
		accentFormat: 'Der Akzent „{value}“ wird weggelassen: Schreiben Sie ihn als #rgb oder #rrggbb.',
		accentLight:
			'Der Akzent {colour} wird weggelassen: Sein Kontrast zum Hintergrund des hellen Designs ({surface}) ist {ratio}:1, unter den {needed}:1, die Markierungen brauchen.',
		accentDark:
			'Der Akzent {colour} wird weggelassen: Sein Kontrast zum Hintergrund des dunklen Designs ({surface}) ist {ratio}:1, unter den {needed}:1, die Markierungen brauchen.'
	}
} satisfies SharingMessages;
