import type { CheckMessages } from '../en';

export default {
	says: {
		anObject: 'un oggetto',
		aString: 'una stringa',
		anArray: 'un array',
		aNumber: 'un numero',
		aBoolean: 'un booleano',
		null: 'null',
		aValue: 'un valore di tipo {type}',
		asWritten: '{text}',
		required: 'Obbligatorio, ma mancante',
		expected: 'Valore atteso: {what}; ricevuto: {got}',
		invalid: 'Valore non valido: {value}',
		empty: 'Non deve essere vuoto',
		tooLong: 'Troppo lungo (caratteri: {length}; massimo: {max})',
		noEntry: 'Serve almeno una voce',
		oneOfMissing: 'Valore atteso: uno tra {allowed}; manca',
		oneOfGot: 'Valore atteso: uno tra {allowed}; ricevuto: {value}',
		wholeNumber: 'Valore atteso: un numero intero, 0 o maggiore',
		tooDeep:
			'Profondità di annidamento oltre {max}: nessun campo di una storia scende così in basso, quindi questo non fa parte di una storia (toglilo)',
		formatMissing: 'Formato mancante; il formato supportato è "{format}"',
		formatUnsupported: 'Formato non supportato: {value}; il formato supportato è "{format}"',
		notSlug:
			'"{value}" non è uno slug: usa lettere minuscole, cifre e trattini singoli, ad es. "starmer-meets-trump"',
		notLanguage: '"{value}" non è un tag di lingua BCP 47 come "en-GB"',
		notUrl: '"{value}" non è un URL http(s)',
		notInstant:
			'"{value}" non è una data e ora ISO con offset da UTC, ad es. "2025-03-03T09:00:00+00:00"',
		notPublished:
			'"{value}" non è una data ISO (2025-02-27) né una data e ora con offset da UTC (2025-02-27T09:30:00+00:00)',
		sourceText:
			'Una fonte richiede "text" o un "file" il cui contenuto viene letto dalla build del sito',
		statedText: 'Una data indicata richiede "text": le parole della data come le scrive la fonte',
		inferredNote: 'Una data dedotta richiede un campo "note" con il ragionamento',
		inferredOne: 'Una data dedotta richiede esattamente uno dei due campi "expression" e "sameAs"',
		editorialNote: 'Una data redazionale richiede un campo "note" che dica da dove proviene',
		editorialExpression:
			'Una data redazionale richiede un campo "expression", ad es. "19 February 2025"',
		mediaHost:
			'I media di tipo "{kind}" si riproducono solo da {hosts}: usa "link" per gli altri indirizzi',
		imageAlt: 'Un’immagine richiede "alt": ciò che mostra, per i lettori che non possono vederla',
		linkHref: 'Un link richiede "href": l’indirizzo http(s) a cui porta',
		linkOverlap:
			'Questo link si sovrappone al link in styles[{at}]; i link non possono essere annidati',
		noSource: 'Nessuna fonte della storia ha l’identificativo "{id}"',
		noEvent: 'Nessun evento ha l’identificativo "{id}"',
		duplicateId: 'Identificativo duplicato ({what}) "{id}", già usato da {first}',
		sameAsInferred: '"sameAs" vale solo per le date dedotte',
		sameAsSelf: 'Un evento non può prendere la data da sé stesso',
		sameAsLoop: '"sameAs" gira in tondo: {loop}',
		dateNotQuoted:
			'"{text}" non è in nessuno degli estratti dell’evento; cita alla lettera le parole di data della fonte',
		noText: 'La fonte "{id}" non ha testo',
		noTextFile: 'La fonte "{id}" non ha testo (la build del sito lo legge da "{file}")',
		inSource: '{problem} (fonte "{source}")',
		quoteEmpty: 'La citazione è vuota',
		quoteAmbiguous:
			'La citazione compare più di una volta nella fonte; aggiungi un prefisso o un suffisso (il testo subito prima o subito dopo) per indicare quale',
		contextOnce:
			'La citazione compare una volta nella fonte, ma mai con il prefisso/suffisso indicato',
		contextMany:
			'La citazione compare più di una volta nella fonte, ma mai con il prefisso/suffisso indicato',
		notVerbatim: 'La citazione non è nella fonte alla lettera',
		curlyInSource:
			'La citazione non è nella fonte alla lettera: la fonte usa virgolette curve (‘ ’ “ ”) dove la citazione ha virgolette dritte; copiala esattamente',
		straightInSource:
			'La citazione non è nella fonte alla lettera: la fonte usa virgolette dritte (\' ") dove la citazione ha virgolette curve; copiala esattamente',
		cannotResolve: 'Impossibile leggere "{words}": {reason}',
		unrecognised:
			'Parole di data non riconosciute: "{words}"; esempi attesi: "this Friday", "earlier this week", "19 February 2025"',
		publishedNotIso:
			'La data di pubblicazione "{value}" non è una data ISO (2025-02-27) né una data e ora con offset da UTC (2025-02-27T09:30:00+00:00)',
		unknownZone:
			'Fuso orario sconosciuto: "{zone}"; atteso un nome IANA come "Europe/London" o "America/New_York"',
		noPublication:
			'la data di pubblicazione della fonte non è nota, quindi si può leggere solo una data in EDTF (1943-07-14) o ISO',
		noWordRules: 'le regole che leggono le parole di data non sono caricate qui',
		notEdtf:
			'non è una data EDTF (livelli 0 e 1), ad es. "1952", "1970-04", "196X", "1815~", "1943-07/1946", "2024-01-02T14:51Z"',
		needsOffset:
			'una data e ora deve esistere davvero e riportare il proprio offset da UTC, ad es. "2025-02-27T09:30-05:00" o "2025-02-27T14:30Z"',
		yearRange:
			'l’anno {year} è oltre ciò che una cronologia può disegnare: da {min} (271.821 a.C.) a {max}',
		noKnownEnd: 'un intervallo richiede almeno un estremo noto',
		endsBefore: 'l’intervallo finisce prima di iniziare',
		setUnknown:
			'in un insieme tutti i membri devono essere noti, ad es. "[2025-02-24..2025-02-26]"',
		notCalendar: 'non è una data di calendario valida',
		notCalendarIn: 'non è una data di calendario valida nel {year}',
		notWritten: 'non è una data esplicita',
		wrongWeekday: '{day} è {is}, non {named}',
		unknownWeekday: 'giorno della settimana sconosciuto: "{word}"',
		byTwice: '"by" deve essere seguito da parole di data, non da un altro "by"',
		byNotDate: 'le parole dopo "by" non sono parole di data',
		deadlinePassed: 'la scadenza termina prima del giorno di pubblicazione, {day}',
		firstOfWeek:
			'il giorno di pubblicazione è {day}, il primo giorno della sua settimana, quindi la settimana non ha un giorno precedente',
		lastOfWeek:
			'il giorno di pubblicazione è {day}, l’ultimo giorno della sua settimana, quindi la settimana non ha un giorno successivo',
		firstOfMonth:
			'il giorno di pubblicazione è il primo del mese, quindi il mese non ha un giorno precedente',
		firstOfYear:
			'il giorno di pubblicazione è il primo dell’anno, quindi l’anno non ha un giorno precedente',
		lastOfMonth:
			'il giorno di pubblicazione è l’ultimo del mese, quindi il mese non ha un giorno successivo',
		lastOfYear:
			'il giorno di pubblicazione è l’ultimo dell’anno, quindi l’anno non ha un giorno successivo',
		seasonUnknown:
			'il giorno di pubblicazione, {day}, non cade nella stagione indicata ({season}), e nulla dice se si intende l’ultima o la prossima',
		sinceNotDate: 'le parole dopo "since" non sono parole di data',
		sinceDeadline: '"since" richiede una data, non una scadenza',
		startsAfter: 'la data inizia dopo il giorno di pubblicazione, {day}',
		rangeTwo: 'un intervallo di date richiede due date',
		rangeEnds: 'gli estremi dell’intervallo di date non sono parole di data',
		rangeDeadline: 'un intervallo di date richiede due date, non una scadenza',
		rangeBackwards: 'l’intervallo di date finisce prima di iniziare',
		throughoutOne: '"throughout" richiede una sola data, non un intervallo né una scadenza',
		throughoutNotDate: 'le parole dopo "throughout" non sono parole di data',
		throughoutDeadline: '"throughout" richiede una data, non una scadenza',
		howMany: '"{word}" non dice quanti',
		tooFar: '{count} {unit}: più lontano di quanto conti il lettore di date',
		countsOn: '"{word}" conta a partire da una data che il testo nomina, non dalla pubblicazione',
		timeOneDay: 'un’ora del giorno richiede un solo giorno, e "{words}" ne nomina più di uno',
		notClock: 'non è un orario nel formato a 12 ore',
		weeksRun:
			'Le settimane si contano da {first} a {last}, come nella lingua della fonte ({language}).',
		weeksIso:
			'Le settimane si contano da lunedì a domenica, come nella norma ISO 8601: la lingua della fonte non è nota.',
		weeksNoRegion:
			'Le settimane si contano da lunedì a domenica, come nella norma ISO 8601: la lingua della fonte ({language}) non indica alcuna regione, e da questa dipende il giorno in cui inizia la settimana.',
		seasonsNorth:
			'Le stagioni sono intese in senso meteorologico, tre mesi interi, nell’emisfero boreale ({why}).',
		seasonsSouth:
			'Le stagioni sono intese in senso meteorologico, tre mesi interi, nell’emisfero australe ({why}).',
		seasonNorth:
			'La stagione è intesa in senso meteorologico, tre mesi interi ({first} – {last}), nell’emisfero boreale ({why}).',
		seasonSouth:
			'La stagione è intesa in senso meteorologico, tre mesi interi ({first} – {last}), nell’emisfero australe ({why}).',
		zoneNorth: 'si presume che il fuso {zone} sia a nord dell’equatore',
		zoneSouth: 'si presume che il fuso {zone} sia a sud dell’equatore',
		codeSays: 'come indica il suo codice',
		calendarQuarters:
			'Trimestri e semestri sono quelli dell’anno solare; un’azienda il cui esercizio inizia in un altro mese conta i propri.',
		usFiscalYear:
			'L’anno fiscale è inteso come quello del governo degli Stati Uniti: dal 1º ottobre al 30 settembre, indicato con l’anno in cui termina. Gli esercizi delle aziende e di altri paesi iniziano in altri mesi.',
		countedBack:
			'Contato a ritroso dal giorno di pubblicazione: se il testo conta da un’altra data che nomina, si intende quella data.',
		january: 'gennaio',
		february: 'febbraio',
		march: 'marzo',
		april: 'aprile',
		may: 'maggio',
		june: 'giugno',
		july: 'luglio',
		august: 'agosto',
		september: 'settembre',
		october: 'ottobre',
		november: 'novembre',
		december: 'dicembre',
		monday: 'lunedì',
		tuesday: 'martedì',
		wednesday: 'mercoledì',
		thursday: 'giovedì',
		friday: 'venerdì',
		saturday: 'sabato',
		sunday: 'domenica',
		spring: 'primavera',
		summer: 'estate',
		autumn: 'autunno',
		winter: 'inverno',
		source: 'fonte',
		event: 'evento',
		era: 'era',
		days: 'giorni',
		weeks: 'settimane',
		months: 'mesi',
		years: 'anni',
		// The TimelineJS import.
		notJson: 'Non è JSON: {detail}',
		tljsNotObject: 'Un file TimelineJS è un oggetto JSON',
		tljsNoEvents: 'Un file TimelineJS deve contenere un elenco "events"',
		tljsErasList: 'Valore atteso: un elenco di ere',
		tljsTitleObject: 'Valore atteso: la slide del titolo, un oggetto',
		tljsSlideObject: 'Valore atteso: una slide, un oggetto',
		tljsUnclosedQuote:
			'Le virgolette (") aperte in questa riga non vengono mai chiuse, quindi il resto del foglio finirebbe in un’unica cella',
		tljsColumnTwice:
			'La colonna {columns} compare più di una volta: non si sa quale contenga il testo delle slide',
		tljsNotSheet:
			'Non è un foglio di calcolo TimelineJS: manca la colonna {missing} (trovate: {found})',
		tljsNoColumns: 'nessuna',
		tljsNotTime: '"{value}" non è un orario come 14:30, 2:30 PM o 14:30:15',
		tljsSecondTitle:
			'Una seconda riga di titolo (il titolo è alla riga {row}): trasformala in un evento o eliminala',
		tljsNoEventSlides: 'La cronologia non ha eventi',
		tljsNoWords: 'La slide non ha né titolo né testo: non c’è nulla da citare',
		tljsRepeats:
			'Ripete {slide} parola per parola, quindi nessun passo potrebbe distinguerle; uniscile o cambia il testo',
		tljsBeginsAnother:
			'Il suo testo è anche l’inizio di un’altra slide, quindi nessun passo potrebbe indicare solo questa; cambia uno dei due testi',
		tljsTextObject: 'Valore atteso: un oggetto con "headline" e "text"',
		tljsDisplayDate: 'Valore atteso: una stringa (la data come viene mostrata)',
		tljsNoStart: 'Una slide deve avere una data di inizio con l’anno',
		tljsEraEnd: 'Un’era deve avere una data di fine',
		tljsEndFirst: 'La fine ({end}) viene prima dell’inizio ({start})',
		tljsDropped: 'Scartato (valore atteso: {what})',
		tljsNotHttp: 'Scartato: "{url}" non è un indirizzo http(s)',
		tljsIgnored: 'Ignorato (valore atteso: {what}; ricevuto: {got})',
		aDateObject: 'un oggetto data',
		aWholeNumber: 'un numero intero',
		tljsNotWhole: '{value} non è un numero intero',
		tljsNoYear: 'Una data deve avere un anno',
		tljsYearZero: 'L’anno 0 non esiste: l’1 a.C. è -1, l’1 d.C. è 1',
		tljsNotMonth: '{value} non è un mese ({min}–{max})',
		tljsNotHour: '{value} non è un’ora ({min}–{max})',
		tljsNotMinute: '{value} non è un minuto ({min}–{max})',
		tljsNotSecond: '{value} non è un secondo ({min}–{max})',
		tljsNotMillisecond: '{value} non è un millisecondo ({min}–{max})',
		tljsNotDay: '{value} non è un giorno di quel mese (1–{days})',
		tljsDayAlone: 'Un giorno richiede un mese; non ne è indicato nessuno',
		tljsHourAlone: 'Un’ora richiede un giorno; non ne è indicato nessuno',
		tljsMinuteAlone: 'Un minuto richiede un’ora; non ne è indicata nessuna',
		tljsSecondAlone: 'Un secondo richiede un minuto; non ne è indicato nessuno',
		tljsMillisecondAlone: 'Un millisecondo richiede un secondo; non ne è indicato nessuno',
		tljsYearAlone:
			'Un anno oltre il 9999 (qui {year}) si può scrivere solo da solo, senza mese né giorno'
	}
} satisfies CheckMessages;
