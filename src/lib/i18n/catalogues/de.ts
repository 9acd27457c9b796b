import type { Messages } from '../en';

export default {
	viewSwitch: { group: 'Ereignisse zeigen als', timeline: 'Zeitleiste', list: 'Liste' },
	zoom: {
		group: 'Zoomen und verschieben',
		zoomIn: 'Vergrößern',
		zoomInKey: 'Vergrößern (+)',
		zoomedIn: 'Weiter lässt sich nicht vergrößern',
		zoomOut: 'Verkleinern',
		zoomOutKey: 'Verkleinern (−)',
		zoomedOut: 'Weiter lässt sich nicht verkleinern',
		fitAll: 'Alles zeigen',
		fitAllKey: 'Alle Ereignisse zeigen (0)',
		earlier: 'Früher',
		later: 'Später',
		atStart: 'Am Anfang der Geschichte',
		atEnd: 'Am Ende der Geschichte'
	},
	timeline: {
		helpAndLegend: 'Hilfe und Legende',
		help: 'Hilfe',
		andLegend: 'und Legende',
		zoneLine: 'Zeitangaben: {zone}',
		wheelHint: 'Strg (oder ⌘) + Mausrad zoomt die Zeitleiste',
		marks: 'Ereignisse, in zeitlicher Reihenfolge',
		overview: {
			one: 'Übersicht: {n} Ereignis, {range}; sichtbar ist {visible}',
			other: 'Übersicht: {n} Ereignisse, {range}; sichtbar ist {visible}'
		}
	},
	help: {
		pointer: 'Strg (oder ⌘) + Mausrad oder Zwei-Finger-Geste zum Zoomen, Ziehen zum Verschieben.',
		touch: 'Mit zwei Fingern zoomen, seitlich ziehen zum Verschieben.',
		keys: 'Tasten: Pfeile wechseln zwischen Ereignissen, Pos1 und Ende springen zum ersten und letzten, Eingabe öffnet eines (oder zoomt in eine Gruppe), Esc schließt es, + und − zoomen, 0 zeigt alles.'
	},
	legend: {
		name: 'Legende',
		clusters: 'Ereignisse zu dicht für getrennte Marken: vergrößern, um sie zu sehen',
		statedDay: 'Genannter Tag',
		statedTime: 'Genannte Uhrzeit',
		statedDate: 'Genanntes Datum',
		range: 'Irgendwann innerhalb der Klammer',
		statedSpan: 'Genannter Zeitraum, durchgehend',
		zoneDay: 'Der Tag in der Zeitzone des Ortes',
		zoneDate: 'Das Datum in der Zeitzone des Ortes',
		inferred: 'Aus dem Text erschlossen',
		editorial: 'Redaktionell (Wissen von außen)',
		approximate: 'Ungefähres Datum',
		uncertain: 'Unsicheres Datum',
		byDate: 'Bis zu dem Datum',
		orAfter: 'Am Datum oder danach'
	},
	basis: {
		stated: 'Genannt',
		inferred: 'Erschlossen',
		editorial: 'Redaktionell',
		statedWhy: 'Die Datumsangaben der Quelle, bezogen auf ihr Erscheinungsdatum.',
		inferredWhy: 'Die Quelle nennt kein Datum; es ergibt sich aus dem Text.',
		editorialWhy: 'Nicht in der Quelle; aus Wissen von außen ergänzt.'
	},
	dates: {
		someDay: 'an einem Tag zwischen',
		someMonth: 'in einem Monat zwischen',
		someYear: 'in einem Jahr zwischen',
		someTime: 'irgendwann zwischen',
		and: 'und',
		from: 'von',
		to: 'bis',
		by: 'bis {date}',
		after: 'nach {date}',
		approximate: 'ca. ',
		decade: '{year}er',
		beforeCommonEra: '{year} v. Chr.',
		quoted: '„{text}“',
		zone: '({zone})',
		cityTime: 'Ortszeit {city}',
		asWritten: 'im Wortlaut: „{text}“'
	},
	axis: { year: 'Jahre', month: 'Monate', day: 'Tage', hour: 'Stunden', minute: 'Minuten' },
	cluster: {
		count: { one: '{n} Ereignis', other: '{n} Ereignisse' },
		zoom: 'aktivieren zum Vergrößern',
		list: 'in der Liste lesen'
	},
	announce: {
		showing: 'Angezeigt: {range}',
		passages: { one: '{n} Stelle markiert', other: '{n} Stellen markiert' },
		openedFocus: 'Quelle geöffnet, {passages}.',
		opened: '{title} geöffnet, {passages}.',
		closed: 'Quelle geschlossen.'
	},
	events: {
		inOrder: 'Ereignisse, in zeitlicher Reihenfolge',
		groupInOrder: '{group}: Ereignisse, in zeitlicher Reihenfolge',
		ungrouped: 'Weitere Ereignisse'
	},
	details: {
		close: 'Quellenbereich schließen',
		when: 'Wann',
		dateSource: 'Quelle des Datums',
		placed: 'Wie es eingeordnet ist',
		readAs: 'Wie das Datum gelesen wird',
		target: 'Frist',
		who: 'Wer',
		where: 'Wo',
		passages: 'Stellen',
		media: {
			video: 'Video abspielen',
			audio: 'Audio abspielen',
			map: 'Karte zeigen'
		},
		inArticle: { one: '{n} im Artikel markiert', other: '{n} im Artikel markiert' },
		inSources: {
			one: '{n} in {sources} Quellen markiert',
			other: '{n} in {sources} Quellen markiert'
		}
	},
	source: {
		panel: 'Quelle',
		hint: 'Wählen Sie ein Ereignis auf der Zeitleiste, um seine Quelle zu lesen.',
		passageFrom: 'Stelle aus {publisher}',
		tabs: 'Quellen',
		noHeadline: 'Überschrift unbekannt',
		noDate: 'Erscheinungsdatum unbekannt',
		licence: 'Übernommen unter der Lizenz {licence}',
		original: 'Originalartikel',
		hintPage:
			'Wählen Sie ein Ereignis auf der Zeitleiste oder eine markierte Stelle, um die Quelle zu lesen.'
	},
	corrections: {
		name: 'Korrekturen',
		label: { one: 'Korrektur', other: 'Korrekturen' },
		inTitle: 'In {title}: '
	},
	embed: {
		button: 'Einbetten',
		fullStory: 'Die ganze Geschichte auf Sourceline ↗',
		credit: 'Zeitleiste von Sourceline',
		pageTitle: 'Sourceline-Zeitleiste',
		loading: 'Die Geschichte wird geladen',
		loadingNow: 'Die Geschichte wird geladen…',
		checking: 'Die Geschichte wird geprüft…',
		loaded: '{size} geladen',
		loadedOf: '{size} von {total}',
		dataFrom: 'Daten von'
	},
	exporting: {
		button: 'Exportieren'
	},
	site: { tagline: 'Nachrichten-Zeitleisten, die ihre Quellen zeigen' },
	theme: { legend: 'Design', system: 'Auto', light: 'Hell', dark: 'Dunkel' },
	body: {
		earlier: {
			one: '{n} früheres Ereignis: alle zeigen',
			other: '{n} frühere Ereignisse: alle zeigen'
		},
		later: {
			one: '{n} späteres Ereignis: alle zeigen',
			other: '{n} spätere Ereignisse: alle zeigen'
		},
		both: {
			one: 'Ereignisse: {earlier} früher, {n} später – alle zeigen',
			other: 'Ereignisse: {earlier} früher, {n} später – alle zeigen'
		}
	},
	story: {
		updated: 'Aktualisiert',
		timeline: {
			one: 'Zeitleiste von {title}: {n} Ereignis',
			other: 'Zeitleiste von {title}: {n} Ereignisse'
		}
	}
} satisfies Messages;
