import type { AuthoringMessages } from '../en';

export default {
	editor: {
		pageTitle: 'Modifica una storia · Sourceline',
		pageDescription:
			'Apri una storia Sourceline o un file TimelineJS, correggilo o aggiornalo e scaricalo.',
		heading: 'Modifica una storia',
		intro:
			'Apri una storia, correggila o aggiornala, poi scarica il file. Tutto avviene in questo browser: nulla viene inviato altrove. Ogni problema porta al campo che lo corregge. Ctrl+Z (⌘Z) annulla una modifica, Ctrl+Maiusc+Z la ripristina.',
		opening: 'Apertura di {address}…',
		notOpened: 'Impossibile aprire il file',
		download: 'Scarica la storia',
		timelineJson: 'Scarica come JSON di TimelineJS',
		timelineCsv: 'Scarica come CSV di TimelineJS',
		undo: 'Annulla',
		redo: 'Ripristina',
		validates: 'La storia è valida.',
		toFix: {
			one: '{n} problema da correggere.',
			many: '{n} di problemi da correggere.',
			other: '{n} problemi da correggere.'
		},
		problems: 'Problemi',
		inEvent: 'evento {id}',
		story: 'La storia',
		storyId: 'Identificativo della storia',
		storyTitle: 'Titolo della storia',
		storySummary: 'Sommario della storia',
		language: 'Lingua (BCP 47)',
		displayTimeZone: 'Fuso orario mostrato',
		events: 'Eventi ({n})',
		addEvent: 'Aggiungi un evento',
		sources: 'Fonti, parole citate evidenziate',
		sourcesIntro:
			'Per citare parole alla lettera, selezionale qui, poi premi «Cita le parole selezionate» su un evento.',
		none: '(nessuno)'
	},
	open: {
		file: 'Apri un file di storia (JSON Sourceline, oppure JSON o CSV TimelineJS)',
		drop: 'Oppure trascina un file in un punto qualsiasi della pagina.',
		address: 'Indirizzo della storia (URL)',
		open: 'Apri'
	},
	event: {
		untitled: 'Evento {n}',
		moveUp: 'Sposta su',
		moveDown: 'Sposta giù',
		delete: 'Elimina',
		id: 'Identificativo',
		title: 'Titolo',
		summary: 'Sommario',
		kind: 'Tipo',
		actors: 'Protagonisti, uno per riga',
		group: 'Gruppo',
		place: 'Luogo',
		placeZone: 'Fuso orario del luogo',
		placeZoneHint: 'Fuso IANA, ad es. Europe/Rome',
		when: 'Quando',
		quotes: 'Parole citate',
		quoteSource: 'Fonte della citazione {n}',
		quote: 'Citazione {n}, parola per parola',
		removeQuote: 'Rimuovi la citazione {n}',
		quoteSelection: 'Cita le parole selezionate',
		media: 'Media',
		mediaKind: 'Tipo di media',
		mediaUrl: 'Indirizzo del media (URL)',
		alt: 'Testo alternativo',
		caption: 'Didascalia',
		credit: 'Crediti'
	},
	eras: {
		heading: 'Ere ({n})',
		hint: 'Periodi con un nome disegnati come fasce di sfondo, come una guerra o un mandato.',
		era: 'Era {n}',
		id: 'Identificativo dell’era {n}',
		label: 'Nome dell’era {n}',
		dates: 'Date dell’era {n}',
		datesHint: 'EDTF o parole di data: «1939/1945», «2024-07».',
		delete: 'Elimina l’era {n}',
		add: 'Aggiungi un’era'
	},
	date: {
		words: 'Parole della data, come le scrive la fonte',
		basis: 'Come si conosce la data',
		expression: 'Espressione',
		expressionHint:
			'Parole di data o EDTF che il lettore di date comprende: «this Friday», «19 February 2025», «1970-04».',
		note: 'Nota',
		noteHint: 'Perché la data è dedotta, o da dove viene una data redazionale.',
		sameAs: 'In un momento durante l’evento «{id}»',
		noWords: 'Ancora nessuna parola di data né espressione.',
		readAs: 'Letta come {date}',
		notRead: 'Non letta: {message}'
	},
	draft: {
		pageTitle: 'Prepara una storia da un articolo · Sourceline',
		pageDescription: 'Trova le date in un articolo di cronaca e prepara una storia Sourceline.',
		heading: 'Prepara una storia da un articolo',
		intro:
			'Tutto avviene in questo browser: nulla viene inviato altrove. Le parole di data vengono trovate e lette rispetto alla data di pubblicazione; ogni proposta cita la sua frase parola per parola. Accetta gli eventi che vuoi, poi scarica il file della storia. Ctrl+Z annulla una modifica alle proposte, Ctrl+Maiusc+Z la ripristina.',
		toEditor: 'Per correggere o aggiornare una storia che hai già, ',
		toEditorLink: 'aprila nell’editor',
		toEditorEnd: '.',
		timeline: 'Cronologia delle proposte',
		timelineLabel: 'Eventi proposti, non rifiutati',
		noTimeline: 'Nessuna proposta ha una data che la cronologia possa mostrare.',
		article: 'L’articolo, parole di data evidenziate',
		found: {
			one: '{n} espressione di data trovata, {unplaced} non collocate (tratteggiate).',
			many: '{n} di espressioni di data trovate, {unplaced} non collocate (tratteggiate).',
			other: '{n} espressioni di data trovate, {unplaced} non collocate (tratteggiate).'
		},
		proposals: 'Proposte',
		showRest: {
			one: 'Mostra il resto dell’articolo ({n} paragrafo)',
			many: 'Mostra il resto dell’articolo ({n} di paragrafi)',
			other: 'Mostra il resto dell’articolo ({n} paragrafi)'
		},
		previous: 'Proposte precedenti',
		next: 'Proposte successive',
		range: 'Proposte {first}–{last} di {total}'
	},
	form: {
		article: 'Testo dell’articolo (incollalo o trascina qui un file .txt)',
		file: 'Oppure apri un file di testo, o un lavoro scaricato da questa pagina',
		published: 'Pubblicato (data o data e ora ISO)',
		timeZone: 'Fuso orario della pubblicazione',
		publisher: 'Testata',
		language: 'Lingua dell’articolo',
		submit: 'Trova le date e proponi eventi'
	},
	proposal: {
		accepted: { event: 'Evento accettato', context: 'Contesto accettato' },
		rejected: { event: 'Evento rifiutato', context: 'Contesto rifiutato' },
		proposed: { event: 'Evento proposto', context: 'Contesto proposto' },
		quoted: '«{title}»',
		noDate: 'Nessuna data',
		accept: 'Accetta',
		reject: 'Rifiuta',
		merge: 'Unisci al successivo',
		mergeInto: '(«{next}») in «{title}»',
		split: 'Dividi',
		basis: 'Base della data',
		noBasis: 'Ancora nessuna',
		stated: 'Indicata',
		inferred: 'Dedotta',
		editorial: 'Redazionale',
		datedAs: 'Datato come «{title}»; un’espressione lo sostituisce.',
		expression: 'Espressione di data',
		note: 'Nota (perché questa data)',
		title: 'Titolo',
		summary: 'Sommario',
		kind: 'Tipo',
		kinds: {
			meeting: 'Incontro',
			statement: 'Dichiarazione',
			announcement: 'Annuncio',
			travel: 'Viaggio',
			visit: 'Visita',
			unlisted: 'Altro'
		},
		place: 'Luogo',
		placeZone: 'Fuso orario del luogo'
	},
	download: {
		heading: 'Scarica la storia',
		intro:
			'Entrano solo le proposte accettate. Il file è controllato come la build del sito controlla una storia.',
		storyId: 'Identificativo della storia (parole minuscole e trattini)',
		storyTitle: 'Titolo della storia',
		storySummary: 'Sommario della storia',
		headline: 'Titolo dell’articolo',
		events: {
			one: '{n} evento accettato',
			many: '{n} di eventi accettati',
			other: '{n} eventi accettati'
		},
		passages: { one: '{n} passaggio', many: '{n} di passaggi', other: '{n} passaggi' },
		holds: 'Il file conterrà {events}.',
		holdsContext: 'Il file conterrà {events} e {passages} di contesto.',
		undated: {
			one: '{n} evento accettato non ha ancora una data e resta fuori finché non ne avrà una.',
			many: '{n} di eventi accettati non hanno ancora una data e restano fuori finché non ne avranno una.',
			other:
				'{n} eventi accettati non hanno ancora una data e restano fuori finché non ne avranno una.'
		},
		button: 'Scarica il file della storia',
		nothing: 'Ancora niente da scaricare.',
		done: {
			one: '{file} scaricato: {n} evento.',
			many: '{file} scaricato: {n} di eventi.',
			other: '{file} scaricato: {n} eventi.'
		},
		invalid: 'La storia non è ancora valida:'
	},
	kept: {
		otherTab:
			'Questa bozza è aperta anche in un’altra scheda, che ha appena salvato le sue modifiche. Le modifiche fatte qui non vengono salvate finché non scegli con quale lavoro proseguire.',
		otherTabStory:
			'Questa storia è aperta anche in un’altra scheda, che ha appena salvato le sue modifiche. Le modifiche fatte qui non vengono salvate finché non scegli con quale lavoro proseguire.',
		useOther: 'Usa il lavoro dell’altra scheda',
		keepThis: 'Tieni il lavoro di questa scheda',
		downloadWork: 'Scarica il lavoro',
		downloadStored: 'Scarica ciò che era salvato',
		full: 'Lo spazio di questo browser per il sito è pieno: le ultime modifiche ({kb} KB di lavoro) non vengono salvate. Scarica il lavoro per conservarlo.',
		refused:
			'Questo browser non lascia che la pagina salvi il suo lavoro ({error}). Scarica il lavoro per conservarlo.'
	},
	source: {
		region: 'Fonte {id}, parole citate evidenziate',
		publisher: 'Testata',
		headline: 'Titolo',
		url: 'Indirizzo (URL)',
		noText: 'Questa fonte non ha testo nel file.'
	},
	keeping: {
		resumed: 'Riaperta come l’avevi lasciata: la storia salvata in questo browser il {when}.',
		startAfresh: 'Ricomincia da capo',
		waiting:
			'Questo browser conserva modifiche a questa storia, fatte il {when}, che il file appena aperto non ha. Nulla viene salvato finché non scegli.',
		goOn: 'Continua con le modifiche salvate',
		useOpened: 'Usa il file appena aperto'
	},
	preview: {
		heading: 'Come lo vedranno i lettori',
		current:
			'La linea del tempo come sarà pubblicata. Scegli un evento per andare alla sua scheda.',
		stale:
			'La linea del tempo com’era l’ultima volta che la storia era valida: correggi i problemi qui sopra per vedere le ultime modifiche.',
		label: 'Anteprima della linea del tempo della storia'
	},
	addSource: {
		summary: 'Aggiungi una fonte',
		form: 'Nuova fonte',
		article: 'Il testo dell’articolo, parola per parola',
		publisher: 'Editore',
		headline: 'Titolo (la prima riga, se vuoto)',
		published: 'Pubblicato (data o data e ora ISO)',
		timeZone: 'Fuso orario della pubblicazione (quello della storia, se vuoto)',
		url: 'Indirizzo (URL)',
		propose: 'Trova le sue date e proponi eventi da essa',
		submit: 'Aggiungi la fonte',
		needPublisher: 'Indica l’editore.',
		addedQuote:
			'Aggiunto «{publisher}» come fonte {id}: seleziona le sue parole per citarle in un evento.',
		addedEvents: {
			one: 'Aggiunto «{publisher}» come fonte {id}, con {n} evento proposto in fondo all’elenco: controllalo.',
			other:
				'Aggiunto «{publisher}» come fonte {id}, con {n} eventi proposti in fondo all’elenco: controllali uno per uno.',
			many: 'Aggiunto «{publisher}» come fonte {id}, con {n} eventi proposti in fondo all’elenco: controllali uno per uno.'
		}
	}
} satisfies AuthoringMessages;
