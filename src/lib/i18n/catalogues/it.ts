import type { Messages } from '../en';

export default {
	viewSwitch: { group: 'Mostra gli eventi come', timeline: 'Cronologia', list: 'Elenco' },
	zoom: {
		group: 'Zoom e scorrimento',
		zoomIn: 'Ingrandisci',
		zoomInKey: 'Ingrandisci (+)',
		zoomedIn: 'Non si può ingrandire di più',
		zoomOut: 'Riduci',
		zoomOutKey: 'Riduci (−)',
		zoomedOut: 'Non si può ridurre di più',
		fitAll: 'Mostra tutto',
		fitAllKey: 'Mostra tutti gli eventi (0)',
		earlier: 'Prima',
		later: 'Dopo',
		atStart: 'All’inizio della storia',
		atEnd: 'Alla fine della storia'
	},
	timeline: {
		helpAndLegend: 'Aiuto e legenda',
		help: 'Aiuto',
		andLegend: 'e legenda',
		zoneLine: 'Orari: {zone}',
		wheelHint: 'Usa Ctrl (o ⌘) + rotellina per ingrandire la cronologia',
		marks: 'Eventi, in ordine cronologico',
		overview: {
			one: 'Panoramica: {n} evento, {range}; la vista mostra {visible}',
			many: 'Panoramica: {n} eventi, {range}; la vista mostra {visible}',
			other: 'Panoramica: {n} eventi, {range}; la vista mostra {visible}'
		}
	},
	help: {
		pointer: 'Ctrl (o ⌘) + rotellina o pizzica per ingrandire, trascina per scorrere.',
		touch: 'Pizzica per ingrandire, trascina di lato per scorrere.',
		keys: 'Tasti: le frecce passano da un evento all’altro, Home e Fine vanno al primo e all’ultimo, Invio ne apre uno (o ingrandisce un gruppo), Esc lo chiude, + e − ingrandiscono e riducono, 0 mostra tutto.'
	},
	legend: {
		name: 'Legenda',
		clusters: 'Eventi troppo vicini per separarli: ingrandisci per vederli',
		statedDay: 'Giorno indicato',
		statedTime: 'Ora indicata',
		statedDate: 'Data indicata',
		range: 'In un momento dentro la parentesi',
		statedSpan: 'Periodo indicato, per tutta la durata',
		zoneDay: 'Il suo giorno nel fuso orario del luogo',
		zoneDate: 'La sua data nel fuso orario del luogo',
		inferred: 'Dedotta dal racconto',
		editorial: 'Redazionale (conoscenza esterna)',
		approximate: 'Data approssimativa',
		uncertain: 'Data incerta',
		byDate: 'Entro la data',
		orAfter: 'Alla data o dopo'
	},
	basis: {
		stated: 'Indicata',
		inferred: 'Dedotta',
		editorial: 'Redazionale',
		statedWhy: 'Le parole della fonte, lette rispetto alla sua data di pubblicazione.',
		inferredWhy: 'La fonte non dà una data; la colloca il racconto.',
		editorialWhy: 'Non è nella fonte; aggiunta da conoscenza esterna.'
	},
	dates: {
		someDay: 'un giorno tra',
		someMonth: 'un mese tra',
		someYear: 'un anno tra',
		someTime: 'in un momento tra',
		and: 'e',
		from: 'da',
		to: 'a',
		by: 'entro {date}',
		after: 'dopo {date}',
		approximate: 'circa ',
		decade: 'anni {year}',
		beforeCommonEra: '{year} a.C.',
		quoted: '«{text}»',
		zone: '({zone})',
		cityTime: 'ora di {city}',
		asWritten: 'testuale: «{text}»'
	},
	axis: { year: 'Anni', month: 'Mesi', day: 'Giorni', hour: 'Ore', minute: 'Minuti' },
	cluster: {
		count: { one: '{n} evento', many: '{n} di eventi', other: '{n} eventi' },
		zoom: 'attiva per ingrandire',
		list: 'apri l’elenco per leggerli'
	},
	announce: {
		showing: 'Visualizzati: {range}',
		passages: {
			one: '{n} passo evidenziato',
			many: '{n} di passi evidenziati',
			other: '{n} passi evidenziati'
		},
		openedFocus: 'Fonte aperta, {passages}.',
		opened: 'Aperto: {title}, {passages}.',
		closed: 'Fonte chiusa.'
	},
	events: {
		inOrder: 'Eventi, in ordine cronologico',
		groupInOrder: '{group}: eventi, in ordine cronologico',
		ungrouped: 'Altri eventi'
	},
	details: {
		close: 'Chiudi il pannello della fonte',
		when: 'Quando',
		dateSource: 'Fonte della data',
		placed: 'Come è collocata',
		readAs: 'Come si legge la data',
		target: 'Scadenza',
		who: 'Chi',
		where: 'Dove',
		passages: 'Passi',
		media: {
			video: 'Riproduci il video',
			audio: 'Riproduci l’audio',
			map: 'Mostra la mappa'
		},
		inArticle: {
			one: '{n} evidenziato nell’articolo',
			many: '{n} evidenziati nell’articolo',
			other: '{n} evidenziati nell’articolo'
		},
		inSources: {
			one: '{n} evidenziato in {sources} fonti',
			many: '{n} evidenziati in {sources} fonti',
			other: '{n} evidenziati in {sources} fonti'
		}
	},
	source: {
		panel: 'Fonte',
		hint: 'Scegli un evento sulla cronologia per leggerne la fonte.',
		passageFrom: 'Passo da {publisher}',
		tabs: 'Fonti',
		noHeadline: 'Titolo sconosciuto',
		noDate: 'Data di pubblicazione sconosciuta',
		licence: 'Ripreso con la licenza {licence}',
		original: 'Articolo originale',
		hintPage: 'Scegli un evento sulla cronologia, o un passo evidenziato, per leggerne la fonte.'
	},
	corrections: {
		name: 'Correzioni',
		label: { one: 'Correzione', many: 'Correzioni', other: 'Correzioni' },
		inTitle: 'In {title}: '
	},
	embed: {
		button: 'Incorpora',
		fullStory: 'La storia completa su Sourceline ↗',
		credit: 'Cronologia di Sourceline',
		pageTitle: 'Cronologia Sourceline',
		loading: 'Caricamento della storia',
		loadingNow: 'Caricamento della storia…',
		checking: 'Verifica della storia…',
		loaded: '{size} caricati',
		loadedOf: '{size} di {total}',
		dataFrom: 'dati da'
	},
	exporting: {
		button: 'Esporta'
	},
	site: { tagline: 'Cronologie di notizie che mostrano le loro fonti' },
	theme: { legend: 'Tema', system: 'Auto', light: 'Chiaro', dark: 'Scuro' },
	body: {
		earlier: {
			one: '{n} evento precedente: mostra tutto',
			many: '{n} di eventi precedenti: mostra tutto',
			other: '{n} eventi precedenti: mostra tutto'
		},
		later: {
			one: '{n} evento successivo: mostra tutto',
			many: '{n} di eventi successivi: mostra tutto',
			other: '{n} eventi successivi: mostra tutto'
		},
		both: {
			one: 'Eventi: {earlier} prima, {n} dopo; mostra tutto',
			many: 'Eventi: {earlier} prima, {n} dopo; mostra tutto',
			other: 'Eventi: {earlier} prima, {n} dopo; mostra tutto'
		}
	},
	story: {
		updated: 'Aggiornato',
		timeline: {
			one: 'Cronologia di {title}: {n} evento',
			many: 'Cronologia di {title}: {n} di eventi',
			other: 'Cronologia di {title}: {n} eventi'
		}
	}
} satisfies Messages;
