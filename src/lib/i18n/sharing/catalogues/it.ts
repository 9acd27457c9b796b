import type { SharingMessages } from '../en';

export default {
	title: 'Incorpora questa cronologia',
	frameTitle: 'Cronologia: {title}',
	close: 'Chiudi',
	deeplink: 'L’indirizzo della pagina ospite segue l’evento scelto (solo codice autodimensionante)',
	iframe: 'Iframe',
	iframeHint:
		'Funziona ovunque siano ammessi gli iframe. La sua altezza è fissa, a meno che la pagina non carichi anche embed.js.',
	loader: 'Autodimensionante',
	loaderHint:
		'Un segnaposto e il nostro piccolo script di caricamento: il riquadro cresce e si riduce con la storia.',
	copy: 'Copia il codice',
	copied: 'Copiato',
	selected: 'Selezionato: premi Ctrl+C (⌘C) per copiare',
	preview: 'Anteprima',
	previewAs: 'Come',
	previewLoader: 'il codice autodimensionante',
	previewIframe: 'l’iframe, alto {height} px',
	options: {
		theme: 'Tema',
		themeAuto: 'Segui il sistema del lettore',
		light: 'Chiaro',
		dark: 'Scuro',
		language: 'Lingua',
		storyLanguage: 'Quella della storia: {name}',
		flow: 'Il tempo scorre',
		flowAuto: 'Come scrive la lingua',
		ltr: 'Da sinistra a destra',
		rtl: 'Da destra a sinistra',
		openAt: 'Apri su',
		noEvent: 'Nessun evento: tutta la cronologia',
		eventId: 'l’id di un evento',
		panel: 'Pannello di lettura all’inizio',
		panelAuto: 'Aperto quando si apre su un evento',
		open: 'Aperto',
		closed: 'Chiuso',
		live: 'Cerca aggiornamenti',
		never: 'Mai: com’era al caricamento',
		every: { one: 'Ogni minuto', many: 'Ogni {n} minuti', other: 'Ogni {n} minuti' },
		accent: 'Colore d’accento',
		accentHint: 'quello del sito, o #1971c2',
		font: 'Carattere',
		fontSite: 'Quello del sito (sans serif di sistema)',
		serif: 'Con grazie',
		mono: 'A spaziatura fissa',
		export: 'Consenti ai lettori di esportare (immagine, calendario, dati)',
		range: 'Primi giorni mostrati (vuoto: tutti gli eventi)',
		from: 'Dal',
		to: 'Al',
		leaveOut: 'Ometti',
		title: 'Titolo',
		summary: 'Sommario',
		search: 'Ricerca',
		help: 'Testo di aiuto',
		legend: 'Legenda'
	},
	problems: {
		backwards: 'L’intervallo è omesso: il suo inizio è dopo la sua fine.',
		accentFormat: 'L’accento «{value}» è omesso: scrivilo come #rgb o #rrggbb.',
		accentLight:
			'L’accento {colour} è omesso: il suo contrasto con lo sfondo del tema chiaro ({surface}) è {ratio}:1, sotto il {needed}:1 che serve ai segni.',
		accentDark:
			'L’accento {colour} è omesso: il suo contrasto con lo sfondo del tema scuro ({surface}) è {ratio}:1, sotto il {needed}:1 che serve ai segni.'
	}
} satisfies SharingMessages;
