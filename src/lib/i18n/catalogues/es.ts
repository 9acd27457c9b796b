import type { Messages } from '../en';

export default {
	viewSwitch: { group: 'Mostrar los sucesos como', timeline: 'Cronología', list: 'Lista' },
	zoom: {
		group: 'Zoom y desplazamiento',
		zoomIn: 'Acercar',
		zoomInKey: 'Acercar (+)',
		zoomedIn: 'No se puede acercar más',
		zoomOut: 'Alejar',
		zoomOutKey: 'Alejar (−)',
		zoomedOut: 'No se puede alejar más',
		fitAll: 'Ver todo',
		fitAllKey: 'Mostrar todos los sucesos (0)',
		earlier: 'Antes',
		later: 'Después',
		atStart: 'Al principio de la historia',
		atEnd: 'Al final de la historia'
	},
	timeline: {
		helpAndLegend: 'Ayuda y leyenda',
		help: 'Ayuda',
		andLegend: 'y leyenda',
		zoneLine: 'Horas: {zone}',
		wheelHint: 'Usa Ctrl (o ⌘) + rueda para hacer zoom en la cronología',
		marks: 'Sucesos, en orden cronológico',
		overview: {
			one: 'Vista general: {n} suceso, {range}; la vista muestra {visible}',
			many: 'Vista general: {n} sucesos, {range}; la vista muestra {visible}',
			other: 'Vista general: {n} sucesos, {range}; la vista muestra {visible}'
		}
	},
	help: {
		pointer: 'Ctrl (o ⌘) + rueda o pellizca para hacer zoom, arrastra para desplazarte.',
		touch: 'Pellizca para hacer zoom, arrastra de lado para desplazarte.',
		keys: 'Teclas: las flechas pasan de un suceso a otro, Inicio y Fin van al primero y al último, Intro abre uno (o acerca un grupo), Esc lo cierra, + y − hacen zoom, 0 lo muestra todo.'
	},
	legend: {
		name: 'Leyenda',
		clusters: 'Sucesos demasiado juntos para separarlos: acerca para verlos',
		statedDay: 'Día indicado',
		statedTime: 'Hora indicada',
		statedDate: 'Fecha indicada',
		range: 'En algún momento dentro del intervalo',
		statedSpan: 'Periodo indicado, de principio a fin',
		zoneDay: 'Su día en la zona horaria del lugar',
		zoneDate: 'Su fecha en la zona horaria del lugar',
		inferred: 'Deducida del relato',
		editorial: 'Editorial (conocimiento externo)',
		approximate: 'Fecha aproximada',
		uncertain: 'Fecha incierta',
		byDate: 'Como tarde en la fecha',
		orAfter: 'En la fecha o después'
	},
	basis: {
		stated: 'Indicada',
		inferred: 'Deducida',
		editorial: 'Editorial',
		statedWhy: 'Las palabras de la propia fuente, leídas según su fecha de publicación.',
		inferredWhy: 'La fuente no da fecha; el relato la sitúa.',
		editorialWhy: 'No está en la fuente; añadida por conocimiento externo.'
	},
	dates: {
		someDay: 'algún día entre',
		someMonth: 'algún mes entre',
		someYear: 'algún año entre',
		someTime: 'en algún momento entre',
		and: 'y',
		from: 'de',
		to: 'a',
		by: 'como tarde {date}',
		after: 'después de {date}',
		approximate: 'h. ',
		decade: 'década de {year}',
		beforeCommonEra: '{year} a. C.',
		quoted: '«{text}»',
		zone: '({zone})',
		cityTime: 'hora de {city}',
		asWritten: 'textual: «{text}»'
	},
	axis: { year: 'Años', month: 'Meses', day: 'Días', hour: 'Horas', minute: 'Minutos' },
	cluster: {
		count: { one: '{n} suceso', many: '{n} de sucesos', other: '{n} sucesos' },
		zoom: 'activa para acercar',
		list: 'abre la lista para leerlos'
	},
	announce: {
		showing: 'Mostrando {range}',
		passages: {
			one: '{n} pasaje resaltado',
			many: '{n} de pasajes resaltados',
			other: '{n} pasajes resaltados'
		},
		openedFocus: 'Fuente abierta, {passages}.',
		opened: 'Abierto: {title}, {passages}.',
		closed: 'Fuente cerrada.'
	},
	events: {
		inOrder: 'Sucesos, en orden cronológico',
		groupInOrder: '{group}: sucesos, en orden cronológico',
		ungrouped: 'Otros sucesos'
	},
	details: {
		close: 'Cerrar el panel de la fuente',
		when: 'Cuándo',
		dateSource: 'Fuente de la fecha',
		placed: 'Cómo se sitúa',
		readAs: 'Cómo se lee la fecha',
		target: 'Plazo',
		who: 'Quién',
		where: 'Dónde',
		passages: 'Pasajes',
		media: {
			video: 'Reproducir el vídeo',
			audio: 'Reproducir el audio',
			map: 'Mostrar el mapa'
		},
		inArticle: {
			one: '{n} resaltado en el artículo',
			many: '{n} resaltados en el artículo',
			other: '{n} resaltados en el artículo'
		},
		inSources: {
			one: '{n} resaltado en {sources} fuentes',
			many: '{n} resaltados en {sources} fuentes',
			other: '{n} resaltados en {sources} fuentes'
		}
	},
	source: {
		panel: 'Fuente',
		hint: 'Elige un suceso en la cronología para leer su fuente.',
		passageFrom: 'Pasaje de {publisher}',
		tabs: 'Fuentes',
		noHeadline: 'Titular desconocido',
		noDate: 'Fecha de publicación desconocida',
		licence: 'Reutilizado con la licencia {licence}',
		original: 'Artículo original',
		hintPage: 'Elige un suceso en la cronología, o un pasaje resaltado, para leer su fuente.'
	},
	corrections: {
		name: 'Correcciones',
		label: { one: 'Corrección', many: 'Correcciones', other: 'Correcciones' },
		inTitle: 'En {title}: '
	},
	embed: {
		button: 'Insertar',
		fullStory: 'La historia completa en Sourceline ↗',
		credit: 'Cronología de Sourceline',
		pageTitle: 'Cronología de Sourceline',
		loading: 'Cargando la historia',
		loadingNow: 'Cargando la historia…',
		checking: 'Comprobando la historia…',
		loaded: '{size} cargados',
		loadedOf: '{size} de {total}',
		dataFrom: 'datos de'
	},
	exporting: {
		button: 'Exportar'
	},
	site: { tagline: 'Cronologías de noticias que muestran sus fuentes' },
	theme: { legend: 'Tema', system: 'Auto', light: 'Claro', dark: 'Oscuro' },
	body: {
		earlier: {
			one: '{n} suceso anterior: mostrar todo',
			many: '{n} de sucesos anteriores: mostrar todo',
			other: '{n} sucesos anteriores: mostrar todo'
		},
		later: {
			one: '{n} suceso posterior: mostrar todo',
			many: '{n} de sucesos posteriores: mostrar todo',
			other: '{n} sucesos posteriores: mostrar todo'
		},
		both: {
			one: 'Sucesos: {earlier} antes, {n} después; mostrar todo',
			many: 'Sucesos: {earlier} antes, {n} después; mostrar todo',
			other: 'Sucesos: {earlier} antes, {n} después; mostrar todo'
		}
	},
	story: {
		updated: 'Actualizado',
		timeline: {
			one: 'Cronología de {title}: {n} suceso',
			many: 'Cronología de {title}: {n} de sucesos',
			other: 'Cronología de {title}: {n} sucesos'
		}
	}
} satisfies Messages;
