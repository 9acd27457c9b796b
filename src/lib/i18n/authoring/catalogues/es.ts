import type { AuthoringMessages } from '../en';

export default {
	editor: {
		pageTitle: 'Editar una historia · Sourceline',
		pageDescription:
			'Abra una historia de Sourceline o un archivo de TimelineJS, corríjalo o actualícelo y descárguelo.',
		heading: 'Editar una historia',
		intro:
			'Abra una historia, corríjala o actualícela y luego descargue el archivo. Todo ocurre en este navegador: no se envía nada a ninguna parte. Cada problema lleva al campo que lo corrige. Ctrl+Z (⌘Z) deshace un cambio, Ctrl+Mayús+Z lo rehace.',
		opening: 'Abriendo {address}…',
		notOpened: 'No se pudo abrir el archivo',
		download: 'Descargar la historia',
		timelineJson: 'Descargar como JSON de TimelineJS',
		timelineCsv: 'Descargar como CSV de TimelineJS',
		undo: 'Deshacer',
		redo: 'Rehacer',
		validates: 'La historia es válida.',
		toFix: {
			one: '{n} problema por corregir.',
			many: '{n} de problemas por corregir.',
			other: '{n} problemas por corregir.'
		},
		problems: 'Problemas',
		inEvent: 'suceso {id}',
		story: 'La historia',
		storyId: 'Identificador de la historia',
		storyTitle: 'Título de la historia',
		storySummary: 'Resumen de la historia',
		language: 'Idioma (BCP 47)',
		displayTimeZone: 'Zona horaria mostrada',
		events: 'Sucesos ({n})',
		addEvent: 'Añadir un suceso',
		sources: 'Fuentes, palabras citadas marcadas',
		sourcesIntro:
			'Para citar palabras literalmente, selecciónelas aquí y pulse «Citar las palabras seleccionadas» en un suceso.',
		none: '(ninguno)'
	},
	open: {
		file: 'Abrir un archivo de historia (JSON de Sourceline, o JSON o CSV de TimelineJS)',
		drop: 'O suelte un archivo en cualquier parte de esta página.',
		address: 'Dirección de la historia (URL)',
		open: 'Abrir'
	},
	event: {
		untitled: 'Suceso {n}',
		moveUp: 'Subir',
		moveDown: 'Bajar',
		delete: 'Eliminar',
		id: 'Identificador',
		title: 'Título',
		summary: 'Resumen',
		kind: 'Tipo',
		actors: 'Protagonistas, uno por línea',
		group: 'Grupo',
		place: 'Lugar',
		placeZone: 'Zona horaria del lugar',
		placeZoneHint: 'Zona IANA, p. ej. Europe/Madrid',
		when: 'Cuándo',
		quotes: 'Palabras citadas',
		quoteSource: 'Fuente de la cita {n}',
		quote: 'Cita {n}, palabra por palabra',
		removeQuote: 'Quitar la cita {n}',
		quoteSelection: 'Citar las palabras seleccionadas',
		media: 'Multimedia',
		mediaKind: 'Tipo de multimedia',
		mediaUrl: 'Dirección del elemento multimedia (URL)',
		alt: 'Texto alternativo',
		caption: 'Pie de foto',
		credit: 'Créditos'
	},
	eras: {
		heading: 'Épocas ({n})',
		hint: 'Periodos con nombre dibujados como bandas de fondo, como una guerra o un mandato.',
		era: 'Época {n}',
		id: 'Identificador de la época {n}',
		label: 'Nombre de la época {n}',
		dates: 'Fechas de la época {n}',
		datesHint: 'EDTF o palabras de fecha: «1939/1945», «2024-07».',
		delete: 'Eliminar la época {n}',
		add: 'Añadir una época'
	},
	date: {
		words: 'Palabras de la fecha, como las escribe la fuente',
		basis: 'Cómo se conoce la fecha',
		expression: 'Expresión',
		expressionHint:
			'Palabras de fecha o EDTF que entiende el lector de fechas: «this Friday», «19 February 2025», «1970-04».',
		note: 'Nota',
		noteHint: 'Por qué se deduce la fecha, o de dónde viene una fecha editorial.',
		sameAs: 'En algún momento durante el suceso «{id}»',
		noWords: 'Aún no hay palabras de fecha ni expresión.',
		readAs: 'Leída como {date}',
		notRead: 'No leída: {message}'
	},
	draft: {
		pageTitle: 'Redactar una historia a partir de un artículo · Sourceline',
		pageDescription:
			'Encuentre las fechas de un artículo de prensa y redacte una historia de Sourceline.',
		heading: 'Redactar una historia a partir de un artículo',
		intro:
			'Todo ocurre en este navegador: no se envía nada a ninguna parte. Las palabras de fecha se encuentran y se leen según la fecha de publicación; cada propuesta cita su frase palabra por palabra. Acepte los sucesos que quiera y luego descargue el archivo de la historia. Ctrl+Z deshace un cambio en las propuestas, Ctrl+Mayús+Z lo rehace.',
		toEditor: 'Para corregir o actualizar una historia que ya tiene, ',
		toEditorLink: 'ábrala en el editor',
		toEditorEnd: '.',
		timeline: 'Cronología de las propuestas',
		timelineLabel: 'Sucesos propuestos, no rechazados',
		noTimeline: 'Ninguna propuesta tiene una fecha que la cronología pueda mostrar.',
		article: 'El artículo, palabras de fecha marcadas',
		found: {
			one: '{n} expresión de fecha encontrada, {unplaced} sin situar (a trazos).',
			many: '{n} de expresiones de fecha encontradas, {unplaced} sin situar (a trazos).',
			other: '{n} expresiones de fecha encontradas, {unplaced} sin situar (a trazos).'
		},
		proposals: 'Propuestas',
		showRest: {
			one: 'Mostrar el resto del artículo ({n} párrafo)',
			many: 'Mostrar el resto del artículo ({n} de párrafos)',
			other: 'Mostrar el resto del artículo ({n} párrafos)'
		},
		previous: 'Propuestas anteriores',
		next: 'Propuestas siguientes',
		range: 'Propuestas {first}–{last} de {total}'
	},
	form: {
		article: 'Texto del artículo (péguelo o suelte aquí un archivo .txt)',
		file: 'O abra un archivo de texto, o un trabajo descargado de esta página',
		published: 'Publicado (fecha o fecha y hora ISO)',
		timeZone: 'Zona horaria de la publicación',
		publisher: 'Medio',
		language: 'Idioma del artículo',
		submit: 'Buscar fechas y proponer sucesos'
	},
	proposal: {
		accepted: { event: 'Suceso aceptado', context: 'Contexto aceptado' },
		rejected: { event: 'Suceso rechazado', context: 'Contexto rechazado' },
		proposed: { event: 'Suceso propuesto', context: 'Contexto propuesto' },
		quoted: '«{title}»',
		noDate: 'Sin fecha',
		accept: 'Aceptar',
		reject: 'Rechazar',
		merge: 'Unir con el siguiente',
		mergeInto: '(«{next}») en «{title}»',
		split: 'Dividir',
		basis: 'Base de la fecha',
		noBasis: 'Ninguna todavía',
		stated: 'Indicada',
		inferred: 'Deducida',
		editorial: 'Editorial',
		datedAs: 'Fechado como «{title}»; una expresión lo sustituye.',
		expression: 'Expresión de fecha',
		note: 'Nota (por qué esta fecha)',
		title: 'Título',
		summary: 'Resumen',
		kind: 'Tipo',
		kinds: {
			meeting: 'Reunión',
			statement: 'Declaración',
			announcement: 'Anuncio',
			travel: 'Viaje',
			visit: 'Visita',
			unlisted: 'Otro'
		},
		place: 'Lugar',
		placeZone: 'Zona horaria del lugar'
	},
	download: {
		heading: 'Descargar la historia',
		intro:
			'Solo entran las propuestas aceptadas. El archivo se comprueba como la compilación del sitio comprueba una historia.',
		storyId: 'Identificador de la historia (palabras en minúscula y guiones)',
		storyTitle: 'Título de la historia',
		storySummary: 'Resumen de la historia',
		headline: 'Titular del artículo',
		events: {
			one: '{n} suceso aceptado',
			many: '{n} de sucesos aceptados',
			other: '{n} sucesos aceptados'
		},
		passages: { one: '{n} pasaje', many: '{n} de pasajes', other: '{n} pasajes' },
		holds: 'El archivo contendrá {events}.',
		holdsContext: 'El archivo contendrá {events} y {passages} de contexto.',
		undated: {
			one: '{n} suceso aceptado aún no tiene fecha y queda fuera hasta que tenga una.',
			many: '{n} de sucesos aceptados aún no tienen fecha y quedan fuera hasta que tengan una.',
			other: '{n} sucesos aceptados aún no tienen fecha y quedan fuera hasta que tengan una.'
		},
		button: 'Descargar el archivo de la historia',
		nothing: 'Aún no hay nada que descargar.',
		done: {
			one: '{file} descargado: {n} suceso.',
			many: '{file} descargado: {n} de sucesos.',
			other: '{file} descargado: {n} sucesos.'
		},
		invalid: 'La historia aún no es válida:'
	},
	kept: {
		otherTab:
			'Este borrador también está abierto en otra pestaña, que acaba de guardar sus cambios. Los cambios hechos aquí no se guardan hasta que elija con qué trabajo seguir.',
		otherTabStory:
			'Esta historia también está abierta en otra pestaña, que acaba de guardar sus cambios. Los cambios hechos aquí no se guardan hasta que elija con qué trabajo seguir.',
		useOther: 'Usar el trabajo de la otra pestaña',
		keepThis: 'Conservar el trabajo de esta pestaña',
		downloadWork: 'Descargar el trabajo',
		downloadStored: 'Descargar lo que estaba guardado',
		full: 'El almacenamiento de este navegador para el sitio está lleno: los últimos cambios ({kb} KB de trabajo) no se guardan. Descargue el trabajo para conservarlo.',
		refused:
			'Este navegador no deja que la página guarde su trabajo ({error}). Descargue el trabajo para conservarlo.'
	},
	source: {
		region: 'Fuente {id}, palabras citadas marcadas',
		publisher: 'Medio',
		headline: 'Titular',
		url: 'Dirección (URL)',
		noText: 'Esta fuente no tiene texto en el archivo.'
	},
	keeping: {
		resumed: 'Reabierta tal como la dejó: la historia guardada en este navegador el {when}.',
		startAfresh: 'Empezar de nuevo',
		waiting:
			'Este navegador guarda cambios de esta historia, hechos el {when}, que el archivo recién abierto no tiene. No se guarda nada hasta que elija.',
		goOn: 'Seguir con los cambios guardados',
		useOpened: 'Usar el archivo recién abierto'
	},
	preview: {
		heading: 'Cómo lo verán los lectores',
		current: 'La cronología tal como se publicará. Elija un hecho para ir a su ficha.',
		stale:
			'La cronología tal como la historia fue válida por última vez: corrija los problemas de arriba para ver los últimos cambios.',
		label: 'Vista previa de la cronología de la historia'
	},
	addSource: {
		summary: 'Añadir una fuente',
		form: 'Nueva fuente',
		article: 'El texto del artículo, palabra por palabra',
		publisher: 'Editor',
		headline: 'Titular (la primera línea, si se deja vacío)',
		published: 'Publicado (fecha o fecha y hora ISO)',
		timeZone: 'Zona horaria de la publicación (la de la historia, si se deja vacío)',
		url: 'Dirección (URL)',
		propose: 'Buscar sus fechas y proponer hechos a partir de ella',
		submit: 'Añadir la fuente',
		needPublisher: 'Indique el editor.',
		addedQuote:
			'Añadido «{publisher}» como fuente {id}: seleccione sus palabras para citarlas en un hecho.',
		addedEvents: {
			one: 'Añadido «{publisher}» como fuente {id}, con {n} hecho propuesto al final de la lista: revíselo.',
			other:
				'Añadido «{publisher}» como fuente {id}, con {n} hechos propuestos al final de la lista: revise cada uno.',
			many: 'Añadido «{publisher}» como fuente {id}, con {n} hechos propuestos al final de la lista: revise cada uno.'
		}
	}
} satisfies AuthoringMessages;
