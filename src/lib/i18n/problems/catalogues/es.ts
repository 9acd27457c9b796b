import type { ProblemMessages } from '../en';

export default {
	heading: 'No se puede mostrar esta cronología',
	address: 'Dirección de la historia:',
	event: 'acontecimiento {id},',
	field: 'campo {field}:',
	more: { one: '… y {n} más.', many: '… y {n} más.', other: '… y {n} más.' },
	says: {
		noSrc:
			'No hay historia que mostrar: añade ?src= y la dirección de un archivo JSON de historia a la dirección.',
		unexpected: 'No se pudo cargar la historia ({error}).',
		badUrl: '«{src}» no es una dirección http(s) de un archivo de historia.',
		credentials:
			'La dirección de la historia contiene un nombre de usuario o una contraseña (la parte «nombre:contraseña@»); un archivo de historia es público, así que quítalos.',
		unreachable:
			'No se pudo cargar la historia desde {host}: no se pudo acceder al sitio, o no permite que otros sitios lean el archivo (debe enviar Access-Control-Allow-Origin).',
		timeout: '{host} no respondió en {seconds} segundos.',
		http: '{host} respondió {status}.',
		notFound: '{host} respondió {status}: no hay ninguna historia en esa dirección.',
		brokeOff: 'La conexión con {host} se cortó mientras se cargaba la historia.',
		tooLarge:
			'El archivo de historia es demasiado grande: supera {size}, lo máximo que carga una cronología incrustada.',
		notJson:
			'El archivo no es JSON ({detail}) ni una hoja de cálculo de TimelineJS publicada como CSV, así que no es una historia.',
		invalid: {
			one: 'El archivo de historia tiene un problema:',
			many: 'El archivo de historia tiene {n} problemas:',
			other: 'El archivo de historia tiene {n} problemas:'
		},
		slow: 'La comprobación de la historia tardó más de {seconds} segundos y se abandonó; un archivo tan lento de comprobar es demasiado grande o complejo para una cronología incrustada.'
	}
} satisfies ProblemMessages;
