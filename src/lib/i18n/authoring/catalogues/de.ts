import type { AuthoringMessages } from '../en';

export default {
	editor: {
		pageTitle: 'Eine Geschichte bearbeiten · Sourceline',
		pageDescription:
			'Öffnen Sie eine Sourceline-Geschichte oder eine TimelineJS-Datei, korrigieren oder aktualisieren Sie sie und laden Sie sie herunter.',
		heading: 'Eine Geschichte bearbeiten',
		intro:
			'Öffnen Sie eine Geschichte, korrigieren oder aktualisieren Sie sie und laden Sie dann die Datei herunter. Alles geschieht in diesem Browser: Nichts wird irgendwohin gesendet. Jedes Problem führt zu dem Feld, das es behebt. Strg+Z (⌘Z) macht eine Änderung rückgängig, Strg+Umschalt+Z stellt sie wieder her.',
		opening: '{address} wird geöffnet…',
		notOpened: 'Die Datei konnte nicht geöffnet werden',
		download: 'Die Geschichte herunterladen',
		timelineJson: 'Als TimelineJS-JSON herunterladen',
		timelineCsv: 'Als TimelineJS-CSV herunterladen',
		undo: 'Rückgängig',
		redo: 'Wiederherstellen',
		validates: 'Die Geschichte ist gültig.',
		toFix: { one: '{n} Problem zu beheben.', other: '{n} Probleme zu beheben.' },
		problems: 'Probleme',
		inEvent: 'Ereignis {id}',
		story: 'Die Geschichte',
		storyId: 'Kennung der Geschichte',
		storyTitle: 'Titel der Geschichte',
		storySummary: 'Zusammenfassung der Geschichte',
		language: 'Sprache (BCP 47)',
		displayTimeZone: 'Angezeigte Zeitzone',
		events: 'Ereignisse ({n})',
		addEvent: 'Ein Ereignis hinzufügen',
		sources: 'Quellen, zitierte Wörter markiert',
		sourcesIntro:
			'Um Wörter wörtlich zu zitieren, markieren Sie sie hier und drücken Sie dann bei einem Ereignis auf „Markierte Wörter zitieren“.',
		none: '(keine)'
	},
	open: {
		file: 'Eine Story-Datei öffnen (Sourceline-JSON oder TimelineJS-JSON bzw. -CSV)',
		drop: 'Oder ziehen Sie eine Datei irgendwo auf diese Seite.',
		address: 'Adresse der Geschichte (URL)',
		open: 'Öffnen'
	},
	event: {
		untitled: 'Ereignis {n}',
		moveUp: 'Nach oben',
		moveDown: 'Nach unten',
		delete: 'Löschen',
		id: 'Kennung',
		title: 'Titel',
		summary: 'Zusammenfassung',
		kind: 'Art',
		actors: 'Beteiligte, eine Zeile je Person',
		group: 'Gruppe',
		place: 'Ort',
		placeZone: 'Zeitzone des Orts',
		placeZoneHint: 'IANA-Zone, z. B. Europe/Berlin',
		when: 'Wann',
		quotes: 'Zitierte Wörter',
		quoteSource: 'Quelle von Zitat {n}',
		quote: 'Zitat {n}, wörtlich',
		removeQuote: 'Zitat {n} entfernen',
		quoteSelection: 'Markierte Wörter zitieren',
		media: 'Medien',
		mediaKind: 'Medienart',
		mediaUrl: 'Adresse des Mediums (URL)',
		alt: 'Alternativtext',
		caption: 'Bildunterschrift',
		credit: 'Bildnachweis'
	},
	eras: {
		heading: 'Epochen ({n})',
		hint: 'Benannte Zeiträume als Hintergrundbänder, etwa ein Krieg oder eine Amtszeit.',
		era: 'Epoche {n}',
		id: 'Kennung von Epoche {n}',
		label: 'Name von Epoche {n}',
		dates: 'Daten von Epoche {n}',
		datesHint: 'EDTF oder Datumswörter: „1939/1945“, „2024-07“.',
		delete: 'Epoche {n} löschen',
		add: 'Eine Epoche hinzufügen'
	},
	date: {
		words: 'Datumswörter, wie die Quelle sie schreibt',
		basis: 'Woher das Datum bekannt ist',
		expression: 'Ausdruck',
		expressionHint:
			'Datumswörter oder EDTF, die der Datumsleser versteht: „this Friday“, „19 February 2025“, „1970-04“.',
		note: 'Anmerkung',
		noteHint: 'Warum das Datum erschlossen ist oder woher ein redaktionelles Datum stammt.',
		sameAs: 'Irgendwann während des Ereignisses „{id}“',
		noWords: 'Noch keine Datumswörter und kein Ausdruck.',
		readAs: 'Gelesen als {date}',
		notRead: 'Nicht gelesen: {message}'
	},
	draft: {
		pageTitle: 'Eine Geschichte aus einem Artikel entwerfen · Sourceline',
		pageDescription:
			'Finden Sie die Daten in einem Nachrichtenartikel und entwerfen Sie eine Sourceline-Geschichte.',
		heading: 'Eine Geschichte aus einem Artikel entwerfen',
		intro:
			'Alles geschieht in diesem Browser: Nichts wird irgendwohin gesendet. Datumswörter werden gefunden und anhand des Veröffentlichungsdatums gelesen; jeder Vorschlag zitiert seinen Satz wörtlich. Nehmen Sie die gewünschten Ereignisse an und laden Sie dann die Story-Datei herunter. Strg+Z macht eine Änderung an den Vorschlägen rückgängig, Strg+Umschalt+Z stellt sie wieder her.',
		toEditor: 'Um eine vorhandene Geschichte zu korrigieren oder zu aktualisieren, ',
		toEditorLink: 'öffnen Sie sie im Editor',
		toEditorEnd: '.',
		timeline: 'Zeitleiste der Vorschläge',
		timelineLabel: 'Vorgeschlagene, nicht abgelehnte Ereignisse',
		noTimeline: 'Kein Vorschlag hat ein Datum, das die Zeitleiste zeigen kann.',
		article: 'Der Artikel, Datumswörter markiert',
		found: {
			one: '{n} Datumsausdruck gefunden, {unplaced} nicht eingeordnet (gestrichelt).',
			other: '{n} Datumsausdrücke gefunden, {unplaced} nicht eingeordnet (gestrichelt).'
		},
		proposals: 'Vorschläge',
		showRest: {
			one: 'Den Rest des Artikels zeigen ({n} Absatz)',
			other: 'Den Rest des Artikels zeigen ({n} Absätze)'
		},
		previous: 'Vorherige Vorschläge',
		next: 'Nächste Vorschläge',
		range: 'Vorschläge {first}–{last} von {total}'
	},
	form: {
		article: 'Text des Artikels (einfügen oder hier eine .txt-Datei ablegen)',
		file: 'Oder eine Textdatei öffnen oder eine von dieser Seite heruntergeladene Arbeit',
		published: 'Veröffentlicht (ISO-Datum oder -Datum mit Uhrzeit)',
		timeZone: 'Zeitzone der Veröffentlichung',
		publisher: 'Herausgeber',
		language: 'Sprache des Artikels',
		submit: 'Daten finden und Ereignisse vorschlagen'
	},
	proposal: {
		accepted: { event: 'Angenommenes Ereignis', context: 'Angenommener Kontext' },
		rejected: { event: 'Abgelehntes Ereignis', context: 'Abgelehnter Kontext' },
		proposed: { event: 'Vorgeschlagenes Ereignis', context: 'Vorgeschlagener Kontext' },
		quoted: '„{title}“',
		noDate: 'Kein Datum',
		accept: 'Annehmen',
		reject: 'Ablehnen',
		merge: 'Mit dem nächsten zusammenführen',
		mergeInto: '(„{next}“) in „{title}“',
		split: 'Aufteilen',
		basis: 'Grundlage des Datums',
		noBasis: 'Noch keine',
		stated: 'Angegeben',
		inferred: 'Erschlossen',
		editorial: 'Redaktionell',
		datedAs: 'Datiert wie „{title}“; ein Ausdruck ersetzt das.',
		expression: 'Datumsausdruck',
		note: 'Anmerkung (warum dieses Datum)',
		title: 'Titel',
		summary: 'Zusammenfassung',
		kind: 'Art',
		kinds: {
			meeting: 'Treffen',
			statement: 'Erklärung',
			announcement: 'Ankündigung',
			travel: 'Reise',
			visit: 'Besuch',
			unlisted: 'Sonstiges'
		},
		place: 'Ort',
		placeZone: 'Zeitzone des Orts'
	},
	download: {
		heading: 'Die Geschichte herunterladen',
		intro:
			'Nur angenommene Vorschläge kommen hinein. Die Datei wird so geprüft, wie der Build der Website eine Geschichte prüft.',
		storyId: 'Kennung der Geschichte (Wörter in Kleinbuchstaben und Bindestriche)',
		storyTitle: 'Titel der Geschichte',
		storySummary: 'Zusammenfassung der Geschichte',
		headline: 'Überschrift des Artikels',
		events: { one: '{n} angenommenes Ereignis', other: '{n} angenommene Ereignisse' },
		passages: { one: '{n} Textstelle', other: '{n} Textstellen' },
		holds: 'Die Datei wird {events} enthalten.',
		holdsContext: 'Die Datei wird {events} und {passages} Kontext enthalten.',
		undated: {
			one: '{n} angenommenes Ereignis hat noch kein Datum und bleibt draußen, bis es eines hat.',
			other:
				'{n} angenommene Ereignisse haben noch kein Datum und bleiben draußen, bis sie eines haben.'
		},
		button: 'Story-Datei herunterladen',
		nothing: 'Noch nichts zum Herunterladen.',
		done: {
			one: '{file} heruntergeladen: {n} Ereignis.',
			other: '{file} heruntergeladen: {n} Ereignisse.'
		},
		invalid: 'Die Geschichte ist noch nicht gültig:'
	},
	kept: {
		otherTab:
			'Dieser Entwurf ist auch in einem anderen Tab geöffnet, der gerade seine Änderungen gespeichert hat. Änderungen hier werden erst gespeichert, wenn Sie wählen, mit welcher Arbeit Sie weitermachen.',
		otherTabStory:
			'Diese Geschichte ist auch in einem anderen Tab geöffnet, der gerade seine Änderungen gespeichert hat. Änderungen hier werden erst gespeichert, wenn Sie wählen, mit welcher Arbeit Sie weitermachen.',
		useOther: 'Die Arbeit des anderen Tabs übernehmen',
		keepThis: 'Die Arbeit dieses Tabs behalten',
		downloadWork: 'Die Arbeit herunterladen',
		downloadStored: 'Das Gespeicherte herunterladen',
		full: 'Der Speicher dieses Browsers für die Website ist voll: Die letzten Änderungen ({kb} KB Arbeit) werden nicht gespeichert. Laden Sie die Arbeit herunter, um sie zu behalten.',
		refused:
			'Dieser Browser lässt die Seite ihre Arbeit nicht speichern ({error}). Laden Sie die Arbeit herunter, um sie zu behalten.'
	},
	source: {
		region: 'Quelle {id}, zitierte Wörter markiert',
		publisher: 'Herausgeber',
		headline: 'Überschrift',
		url: 'Adresse (URL)',
		noText: 'Diese Quelle hat keinen Text in der Datei.'
	},
	keeping: {
		resumed:
			'So wieder geöffnet, wie Sie sie verlassen haben: die in diesem Browser am {when} gespeicherte Geschichte.',
		startAfresh: 'Neu beginnen',
		waiting:
			'Dieser Browser hat Änderungen an dieser Geschichte vom {when} gespeichert, die die gerade geöffnete Datei nicht enthält. Bis Sie wählen, wird nichts gespeichert.',
		goOn: 'Mit den gespeicherten Änderungen weitermachen',
		useOpened: 'Die gerade geöffnete Datei verwenden'
	},
	preview: {
		heading: 'So sehen es die Leser',
		current:
			'Die Zeitleiste, wie sie veröffentlicht wird. Wählen Sie ein Ereignis, um zu seiner Karte zu gehen.',
		stale:
			'Die Zeitleiste, wie die Geschichte zuletzt gültig war: Beheben Sie die Probleme oben, um die neuesten Änderungen zu sehen.',
		label: 'Vorschau der Zeitleiste der Geschichte'
	},
	addSource: {
		summary: 'Eine Quelle hinzufügen',
		form: 'Neue Quelle',
		article: 'Der Text des Artikels, Wort für Wort',
		publisher: 'Herausgeber',
		headline: 'Schlagzeile (die erste Zeile, wenn leer)',
		published: 'Veröffentlicht (ISO-Datum oder Datum mit Uhrzeit)',
		timeZone: 'Zeitzone der Veröffentlichung (die der Geschichte, wenn leer)',
		url: 'Adresse (URL)',
		propose: 'Ihre Daten finden und Ereignisse daraus vorschlagen',
		submit: 'Die Quelle hinzufügen',
		needPublisher: 'Nennen Sie den Herausgeber.',
		addedQuote:
			'„{publisher}“ als Quelle {id} hinzugefügt: Markieren Sie ihre Wörter, um sie in einem Ereignis zu zitieren.',
		addedEvents: {
			one: '„{publisher}“ als Quelle {id} hinzugefügt, mit {n} daraus vorgeschlagenen Ereignis am Ende der Liste: Prüfen Sie es.',
			other:
				'„{publisher}“ als Quelle {id} hinzugefügt, mit {n} daraus vorgeschlagenen Ereignissen am Ende der Liste: Prüfen Sie jedes.'
		}
	}
} satisfies AuthoringMessages;
