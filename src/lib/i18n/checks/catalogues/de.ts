import type { CheckMessages } from '../en';

export default {
	says: {
		anObject: 'ein Objekt',
		aString: 'eine Zeichenkette',
		anArray: 'ein Array',
		aNumber: 'eine Zahl',
		aBoolean: 'ein Wahrheitswert',
		null: 'null',
		aValue: 'ein Wert vom Typ {type}',
		asWritten: '{text}',
		required: 'Erforderlich, fehlt aber',
		expected: 'Erwartet: {what}; erhalten: {got}',
		invalid: 'Ungültiger Wert: {value}',
		empty: 'Darf nicht leer sein',
		tooLong: 'Zu lang: {length} Zeichen, erlaubt sind höchstens {max}',
		noEntry: 'Braucht mindestens einen Eintrag',
		oneOfMissing: 'Erwartet: einer der Werte {allowed}; der Wert fehlt',
		oneOfGot: 'Erwartet: einer der Werte {allowed}; erhalten: {value}',
		wholeNumber: 'Erwartet: eine ganze Zahl, 0 oder größer',
		tooDeep:
			'Verschachtelungstiefe über {max}: Kein Feld einer Geschichte reicht so weit hinab, dieses gehört also nicht zu einer Geschichte (entfernen Sie es)',
		formatMissing: 'Format fehlt; das unterstützte Format ist "{format}"',
		formatUnsupported:
			'Nicht unterstütztes Format: {value}; das unterstützte Format ist "{format}"',
		notSlug:
			'"{value}" ist kein Slug: Verwenden Sie Kleinbuchstaben, Ziffern und einzelne Bindestriche, z. B. "starmer-meets-trump"',
		notLanguage: '"{value}" ist kein Sprach-Tag nach BCP 47 wie "en-GB"',
		notUrl: '"{value}" ist keine http(s)-URL',
		notInstant:
			'"{value}" ist kein ISO-Datum mit Uhrzeit und UTC-Offset, z. B. "2025-03-03T09:00:00+00:00"',
		notPublished:
			'"{value}" ist weder ein ISO-Datum (2025-02-27) noch ein Datum mit Uhrzeit und UTC-Offset (2025-02-27T09:30:00+00:00)',
		sourceText:
			'Eine Quelle braucht "text" oder eine Datei in "file", deren Inhalt der Build in sie einliest',
		statedText:
			'Ein angegebenes Datum braucht "text": die Datumswörter, wie die Quelle sie schreibt',
		inferredNote: 'Ein erschlossenes Datum braucht ein Feld "note" mit der Begründung',
		inferredOne:
			'Ein erschlossenes Datum braucht genau eines der beiden Felder "expression" und "sameAs"',
		editorialNote: 'Ein redaktionelles Datum braucht ein Feld "note", das angibt, woher es stammt',
		editorialExpression:
			'Ein redaktionelles Datum braucht ein Feld "expression", z. B. "19 February 2025"',
		mediaHost:
			'Medien vom Typ "{kind}" werden nur von {hosts} abgespielt: Verwenden Sie für andere Adressen "link"',
		imageAlt: 'Ein Bild braucht "alt": was es zeigt, für Leser, die es nicht sehen können',
		linkHref: 'Ein Link braucht "href": die http(s)-Adresse, zu der er führt',
		linkOverlap:
			'Dieser Link überschneidet sich mit dem Link bei styles[{at}]; Links können nicht verschachtelt werden',
		noSource: 'Keine Quelle der Geschichte hat die Kennung "{id}"',
		noEvent: 'Kein Ereignis hat die Kennung "{id}"',
		duplicateId: 'Doppelte Kennung ({what}) "{id}", bereits verwendet von {first}',
		sameAsInferred: '"sameAs" gibt es nur bei erschlossenen Daten',
		sameAsSelf: 'Ein Ereignis kann sein Datum nicht von sich selbst übernehmen',
		sameAsLoop: '"sameAs" dreht sich im Kreis: {loop}',
		dateNotQuoted:
			'"{text}" steht in keinem der Auszüge des Ereignisses; zitieren Sie die Datumswörter der Quelle wörtlich',
		noText: 'Quelle "{id}" hat keinen Text',
		noTextFile: 'Quelle "{id}" hat keinen Text (der Build liest ihn aus "{file}")',
		inSource: '{problem} (Quelle "{source}")',
		quoteEmpty: 'Das Zitat ist leer',
		quoteAmbiguous:
			'Das Zitat kommt mehr als einmal in der Quelle vor; fügen Sie ein Präfix oder Suffix hinzu (den Text direkt davor oder danach), um anzugeben, welche Stelle gemeint ist',
		contextOnce:
			'Das Zitat kommt einmal in der Quelle vor, aber nie mit dem angegebenen Präfix/Suffix',
		contextMany:
			'Das Zitat kommt mehr als einmal in der Quelle vor, aber nie mit dem angegebenen Präfix/Suffix',
		notVerbatim: 'Das Zitat steht nicht wörtlich in der Quelle',
		curlyInSource:
			'Das Zitat steht nicht wörtlich in der Quelle: Die Quelle verwendet typografische Anführungszeichen (‘ ’ “ ”), wo das Zitat gerade hat; kopieren Sie es genau',
		straightInSource:
			'Das Zitat steht nicht wörtlich in der Quelle: Die Quelle verwendet gerade Anführungszeichen (\' "), wo das Zitat typografische hat; kopieren Sie es genau',
		cannotResolve: '"{words}" kann nicht gelesen werden: {reason}',
		unrecognised:
			'Nicht erkannte Datumswörter: "{words}"; erwartet z. B. "this Friday", "earlier this week", "19 February 2025"',
		publishedNotIso:
			'Das Veröffentlichungsdatum "{value}" ist weder ein ISO-Datum (2025-02-27) noch ein Datum mit Uhrzeit und UTC-Offset (2025-02-27T09:30:00+00:00)',
		unknownZone:
			'Unbekannte Zeitzone: "{zone}"; erwartet wird ein IANA-Name wie "Europe/London" oder "America/New_York"',
		noPublication:
			'Das Veröffentlichungsdatum der Quelle ist nicht bekannt, daher kann nur ein Datum in EDTF (1943-07-14) oder ISO gelesen werden',
		noWordRules: 'Die Regeln, die Datumswörter lesen, sind hier nicht geladen',
		notEdtf:
			'Es ist kein EDTF-Datum (Stufen 0 und 1), z. B. "1952", "1970-04", "196X", "1815~", "1943-07/1946", "2024-01-02T14:51Z"',
		needsOffset:
			'Ein Datum mit Uhrzeit muss tatsächlich existieren und seinen UTC-Offset angeben, z. B. "2025-02-27T09:30-05:00" oder "2025-02-27T14:30Z"',
		yearRange:
			'Das Jahr {year} liegt außerhalb dessen, was eine Zeitleiste zeichnen kann: von {min} (271.821 v. Chr.) bis {max}',
		noKnownEnd: 'Ein Intervall braucht mindestens ein bekanntes Ende',
		endsBefore: 'Das Intervall endet, bevor es beginnt',
		setUnknown:
			'Bei einer Menge müssen alle Elemente bekannt sein, z. B. "[2025-02-24..2025-02-26]"',
		notCalendar: 'Es ist kein gültiges Kalenderdatum',
		notCalendarIn: 'Es ist kein gültiges Kalenderdatum im Jahr {year}',
		notWritten: 'Es ist kein ausgeschriebenes Datum',
		wrongWeekday: '{day} ist ein {is}, kein {named}',
		unknownWeekday: 'Unbekannter Wochentag: "{word}"',
		byTwice: 'Auf "by" müssen Datumswörter folgen, nicht ein weiteres "by"',
		byNotDate: 'Die Wörter nach "by" sind keine Datumswörter',
		deadlinePassed: 'Die Frist endet vor dem Tag der Veröffentlichung, {day}',
		firstOfWeek:
			'Der Tag der Veröffentlichung ist ein {day}, der erste Tag seiner Woche, also hat die Woche keinen früheren Tag',
		lastOfWeek:
			'Der Tag der Veröffentlichung ist ein {day}, der letzte Tag seiner Woche, also hat die Woche keinen späteren Tag',
		firstOfMonth:
			'Der Tag der Veröffentlichung ist der erste seines Monats, also hat der Monat keinen früheren Tag',
		firstOfYear:
			'Der Tag der Veröffentlichung ist der erste seines Jahres, also hat das Jahr keinen früheren Tag',
		lastOfMonth:
			'Der Tag der Veröffentlichung ist der letzte seines Monats, also hat der Monat keinen späteren Tag',
		lastOfYear:
			'Der Tag der Veröffentlichung ist der letzte seines Jahres, also hat das Jahr keinen späteren Tag',
		seasonUnknown:
			'Der Tag der Veröffentlichung, {day}, liegt nicht in der genannten Jahreszeit ({season}), und nichts besagt, ob die letzte oder die nächste gemeint ist',
		sinceNotDate: 'Die Wörter nach "since" sind keine Datumswörter',
		sinceDeadline: '"since" braucht ein Datum, keine Frist',
		startsAfter: 'Das Datum beginnt nach dem Tag der Veröffentlichung, {day}',
		rangeTwo: 'Ein Zeitraum braucht zwei Daten',
		rangeEnds: 'Die Enden des Zeitraums sind keine Datumswörter',
		rangeDeadline: 'Ein Zeitraum braucht zwei Daten, keine Frist',
		rangeBackwards: 'Der Zeitraum endet, bevor er beginnt',
		throughoutOne: '"throughout" braucht ein einzelnes Datum, keinen Zeitraum und keine Frist',
		throughoutNotDate: 'Die Wörter nach "throughout" sind keine Datumswörter',
		throughoutDeadline: '"throughout" braucht ein Datum, keine Frist',
		howMany: '"{word}" sagt nicht, wie viele',
		tooFar: '{count} {unit}: weiter, als der Datumsleser zählt',
		countsOn:
			'"{word}" zählt von einem Datum aus weiter, das der Text nennt, nicht von der Veröffentlichung',
		timeOneDay: 'Eine Uhrzeit braucht einen einzigen Tag, und "{words}" nennt mehr als einen',
		notClock: 'Es ist keine Uhrzeit im 12-Stunden-Format',
		weeksRun:
			'Wochen werden von {first} bis {last} gezählt, wie in der Sprache der Quelle ({language}).',
		weeksIso:
			'Wochen werden von Montag bis Sonntag gezählt, wie nach ISO 8601: Die Sprache der Quelle ist nicht bekannt.',
		weeksNoRegion:
			'Wochen werden von Montag bis Sonntag gezählt, wie nach ISO 8601: Die Sprache der Quelle ({language}) nennt keine Region, und davon hängt ab, wann eine Woche beginnt.',
		seasonsNorth:
			'Jahreszeiten gelten als meteorologische, drei volle Monate, auf der Nordhalbkugel ({why}).',
		seasonsSouth:
			'Jahreszeiten gelten als meteorologische, drei volle Monate, auf der Südhalbkugel ({why}).',
		seasonNorth:
			'Die Jahreszeit gilt als meteorologische, drei volle Monate ({first} – {last}), auf der Nordhalbkugel ({why}).',
		seasonSouth:
			'Die Jahreszeit gilt als meteorologische, drei volle Monate ({first} – {last}), auf der Südhalbkugel ({why}).',
		zoneNorth: 'die Zeitzone {zone} wird nördlich des Äquators angenommen',
		zoneSouth: 'die Zeitzone {zone} wird südlich des Äquators angenommen',
		codeSays: 'wie ihr Code angibt',
		calendarQuarters:
			'Quartale und Halbjahre gelten als die des Kalenderjahres; ein Unternehmen, dessen Geschäftsjahr in einem anderen Monat beginnt, zählt seine eigenen.',
		usFiscalYear:
			'Ein Haushaltsjahr gilt als das der US-Regierung: 1. Oktober bis 30. September, benannt nach dem Jahr, in dem es endet. Die Geschäftsjahre von Unternehmen und die Haushaltsjahre anderer Länder beginnen in anderen Monaten.',
		countedBack:
			'Vom Tag der Veröffentlichung aus zurückgezählt: Zählt der Text von einem anderen Datum aus, das er nennt, ist dieses gemeint.',
		january: 'Januar',
		february: 'Februar',
		march: 'März',
		april: 'April',
		may: 'Mai',
		june: 'Juni',
		july: 'Juli',
		august: 'August',
		september: 'September',
		october: 'Oktober',
		november: 'November',
		december: 'Dezember',
		monday: 'Montag',
		tuesday: 'Dienstag',
		wednesday: 'Mittwoch',
		thursday: 'Donnerstag',
		friday: 'Freitag',
		saturday: 'Samstag',
		sunday: 'Sonntag',
		spring: 'Frühling',
		summer: 'Sommer',
		autumn: 'Herbst',
		winter: 'Winter',
		source: 'Quelle',
		event: 'Ereignis',
		era: 'Epoche',
		days: 'Tage',
		weeks: 'Wochen',
		months: 'Monate',
		years: 'Jahre',
		// The TimelineJS import.
		notJson: 'Kein JSON: {detail}',
		tljsNotObject: 'Eine TimelineJS-Datei ist ein JSON-Objekt',
		tljsNoEvents: 'Eine TimelineJS-Datei braucht eine Liste "events"',
		tljsErasList: 'Erwartet: eine Liste von Epochen',
		tljsTitleObject: 'Erwartet: die Titelfolie, ein Objekt',
		tljsSlideObject: 'Erwartet: eine Folie, ein Objekt',
		tljsUnclosedQuote:
			'Ein in dieser Zeile geöffnetes Anführungszeichen (") wird nie geschlossen, sodass der Rest der Tabelle in einer einzigen Zelle landen würde',
		tljsColumnTwice:
			'Die Spalte {columns} kommt mehr als einmal vor: Es ist nicht klar, welche den Text der Folien enthält',
		tljsNotSheet: 'Keine TimelineJS-Tabelle: Die Spalte {missing} fehlt (gefunden: {found})',
		tljsNoColumns: 'keine',
		tljsNotTime: '"{value}" ist keine Uhrzeit wie 14:30, 2:30 PM oder 14:30:15',
		tljsSecondTitle:
			'Eine zweite Titelzeile (der Titel steht in Zeile {row}): Machen Sie diese Zeile zu einem Ereignis oder entfernen Sie sie',
		tljsNoEventSlides: 'Die Zeitleiste enthält keine Ereignisse',
		tljsNoWords: 'Die Folie hat weder Überschrift noch Text: Es gibt nichts zu zitieren',
		tljsRepeats:
			'Wiederholt {slide} Wort für Wort, sodass keine Textstelle die beiden unterscheiden könnte; führen Sie sie zusammen oder ändern Sie den Wortlaut',
		tljsBeginsAnother:
			'Ihr Text steht auch am Anfang einer anderen Folie, sodass keine Textstelle allein auf sie verweisen könnte; ändern Sie einen der beiden Texte',
		tljsTextObject: 'Erwartet: ein Objekt mit "headline" und "text"',
		tljsDisplayDate: 'Erwartet: eine Zeichenkette (das Datum, wie es angezeigt wird)',
		tljsNoStart: 'Eine Folie braucht ein Anfangsdatum mit Jahr',
		tljsEraEnd: 'Eine Epoche braucht ein Enddatum',
		tljsEndFirst: 'Das Ende ({end}) liegt vor dem Anfang ({start})',
		tljsDropped: 'Entfernt (erwartet: {what})',
		tljsNotHttp: 'Entfernt: "{url}" ist keine http(s)-Adresse',
		tljsIgnored: 'Ignoriert (erwartet: {what}; erhalten: {got})',
		aDateObject: 'ein Datumsobjekt',
		aWholeNumber: 'eine ganze Zahl',
		tljsNotWhole: '{value} ist keine ganze Zahl',
		tljsNoYear: 'Ein Datum braucht ein Jahr',
		tljsYearZero: 'Es gibt kein Jahr 0: 1 v. Chr. ist -1, 1 n. Chr. ist 1',
		tljsNotMonth: '{value} ist kein Monat ({min}–{max})',
		tljsNotHour: '{value} ist keine Stunde ({min}–{max})',
		tljsNotMinute: '{value} ist keine Minute ({min}–{max})',
		tljsNotSecond: '{value} ist keine Sekunde ({min}–{max})',
		tljsNotMillisecond: '{value} ist keine Millisekunde ({min}–{max})',
		tljsNotDay: '{value} ist kein Tag dieses Monats (1–{days})',
		tljsDayAlone: 'Ein Tag braucht einen Monat; es ist keiner angegeben',
		tljsHourAlone: 'Eine Stunde braucht einen Tag; es ist keiner angegeben',
		tljsMinuteAlone: 'Eine Minute braucht eine Stunde; es ist keine angegeben',
		tljsSecondAlone: 'Eine Sekunde braucht eine Minute; es ist keine angegeben',
		tljsMillisecondAlone: 'Eine Millisekunde braucht eine Sekunde; es ist keine angegeben',
		tljsYearAlone: 'Ein Jahr nach 9999 (hier {year}) kann nur allein stehen, ohne Monat und Tag'
	}
} satisfies CheckMessages;
