import type { SharingMessages } from '../en';

export default {
	title: 'Insertar esta cronología',
	frameTitle: 'Cronología: {title}',
	close: 'Cerrar',
	deeplink:
		'La dirección de la página anfitriona sigue al evento elegido (solo código autoajustable)',
	iframe: 'Iframe',
	iframeHint:
		'Funciona donde se permitan iframes. Su altura es fija, salvo que la página cargue también embed.js.',
	loader: 'Autoajustable',
	loaderHint:
		'Un marcador y nuestro pequeño script de carga: el marco crece y se encoge con la historia.',
	copy: 'Copiar el código',
	copied: 'Copiado',
	selected: 'Seleccionado: pulse Ctrl+C (⌘C) para copiar',
	preview: 'Vista previa',
	previewAs: 'Como',
	previewLoader: 'el código autoajustable',
	previewIframe: 'el iframe, de {height} px de alto',
	options: {
		theme: 'Tema',
		themeAuto: 'Seguir el sistema del lector',
		light: 'Claro',
		dark: 'Oscuro',
		language: 'Idioma',
		storyLanguage: 'El de la historia: {name}',
		flow: 'El tiempo corre',
		flowAuto: 'Como escribe el idioma',
		ltr: 'De izquierda a derecha',
		rtl: 'De derecha a izquierda',
		openAt: 'Abrir en',
		noEvent: 'Ningún evento: toda la cronología',
		eventId: 'un identificador de evento',
		panel: 'Panel de lectura al inicio',
		panelAuto: 'Abierto cuando se abre en un evento',
		open: 'Abierto',
		closed: 'Cerrado',
		live: 'Buscar actualizaciones',
		never: 'Nunca: tal como se cargó',
		every: { one: 'Cada minuto', many: 'Cada {n} minutos', other: 'Cada {n} minutos' },
		accent: 'Color de acento',
		accentHint: 'el del sitio, o #1971c2',
		font: 'Fuente',
		fontSite: 'La del sitio (sans serif del sistema)',
		serif: 'Con serifa',
		mono: 'Monoespaciada',
		export: 'Permitir a los lectores exportar (imagen, calendario, datos)',
		range: 'Primeros días mostrados (vacío: todos los eventos)',
		from: 'Desde',
		to: 'Hasta',
		leaveOut: 'Omitir',
		title: 'Título',
		summary: 'Resumen',
		search: 'Búsqueda',
		help: 'Texto de ayuda',
		legend: 'Leyenda'
	},
	problems: {
		backwards: 'Se omite el intervalo: su inicio es posterior a su final.',
		accentFormat: 'Se omite el acento «{value}»: escríbalo como #rgb o #rrggbb.',
		accentLight:
			'Se omite el acento {colour}: su contraste con el fondo del tema claro ({surface}) es {ratio}:1, por debajo del {needed}:1 que necesitan las marcas.',
		accentDark:
			'Se omite el acento {colour}: su contraste con el fondo del tema oscuro ({surface}) es {ratio}:1, por debajo del {needed}:1 que necesitan las marcas.'
	}
} satisfies SharingMessages;
