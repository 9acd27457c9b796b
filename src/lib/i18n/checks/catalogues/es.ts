import type { CheckMessages } from '../en';

export default {
	says: {
		anObject: 'un objeto',
		aString: 'una cadena de texto',
		anArray: 'un array',
		aNumber: 'un número',
		aBoolean: 'un booleano',
		null: 'null',
		aValue: 'un valor de tipo {type}',
		asWritten: '{text}',
		required: 'Obligatorio, pero falta',
		expected: 'Se esperaba {what}; se recibió {got}',
		invalid: 'Valor no válido: {value}',
		empty: 'No puede estar vacío',
		tooLong: 'Demasiado largo (caracteres: {length}; máximo: {max})',
		noEntry: 'Necesita al menos una entrada',
		oneOfMissing: 'Se esperaba uno de estos valores: {allowed}; falta',
		oneOfGot: 'Se esperaba uno de estos valores: {allowed}; se recibió {value}',
		wholeNumber: 'Se esperaba un número entero, 0 o mayor',
		tooDeep:
			'Profundidad de anidamiento superior a {max}: ningún campo de una historia llega tan abajo, así que este no forma parte de una historia (quítelo)',
		formatMissing: 'Falta el formato; el formato admitido es "{format}"',
		formatUnsupported: 'Formato no admitido: {value}; el formato admitido es "{format}"',
		notSlug:
			'"{value}" no es un slug: use letras minúsculas, cifras y guiones simples, p. ej. "starmer-meets-trump"',
		notLanguage: '"{value}" no es una etiqueta de idioma BCP 47 como "en-GB"',
		notUrl: '"{value}" no es una URL http(s)',
		notInstant:
			'"{value}" no es una fecha y hora ISO con desfase respecto a UTC, p. ej. "2025-03-03T09:00:00+00:00"',
		notPublished:
			'"{value}" no es una fecha ISO (2025-02-27) ni una fecha y hora con desfase respecto a UTC (2025-02-27T09:30:00+00:00)',
		sourceText:
			'Una fuente necesita "text" o un "file" cuyo contenido incorpora la compilación del sitio',
		statedText:
			'Una fecha indicada necesita "text": las palabras de la fecha tal como las escribe la fuente',
		inferredNote: 'Una fecha deducida necesita un campo "note" que explique el razonamiento',
		inferredOne:
			'Una fecha deducida necesita exactamente uno de los dos campos "expression" y "sameAs"',
		editorialNote: 'Una fecha editorial necesita un campo "note" que diga de dónde procede',
		editorialExpression:
			'Una fecha editorial necesita un campo "expression", p. ej. "19 February 2025"',
		mediaHost:
			'Los medios de tipo "{kind}" solo se reproducen desde {hosts}: use "link" para otras direcciones',
		imageAlt: 'Una imagen necesita "alt": lo que muestra, para los lectores que no pueden verla',
		linkHref: 'Un enlace necesita "href": la dirección http(s) a la que lleva',
		linkOverlap:
			'Este enlace se solapa con el enlace de styles[{at}]; los enlaces no pueden anidarse',
		noSource: 'Ninguna fuente de la historia tiene el identificador "{id}"',
		noEvent: 'Ningún suceso tiene el identificador "{id}"',
		duplicateId: 'Identificador duplicado ({what}) "{id}", ya usado en {first}',
		sameAsInferred: '"sameAs" solo es para fechas deducidas',
		sameAsSelf: 'Un suceso no puede tomar su fecha de sí mismo',
		sameAsLoop: '"sameAs" da vueltas en círculo: {loop}',
		dateNotQuoted:
			'"{text}" no está en ninguno de los fragmentos del suceso; cite literalmente las palabras de fecha de la fuente',
		noText: 'La fuente "{id}" no tiene texto',
		noTextFile: 'La fuente "{id}" no tiene texto (la compilación del sitio lo lee de "{file}")',
		inSource: '{problem} (fuente "{source}")',
		quoteEmpty: 'La cita está vacía',
		quoteAmbiguous:
			'La cita aparece más de una vez en la fuente; añada un prefijo o un sufijo (el texto justo antes o después) para indicar cuál',
		contextOnce: 'La cita aparece una vez en la fuente, pero nunca con el prefijo/sufijo indicado',
		contextMany:
			'La cita aparece más de una vez en la fuente, pero nunca con el prefijo/sufijo indicado',
		notVerbatim: 'La cita no está literalmente en la fuente',
		curlyInSource:
			'La cita no está literalmente en la fuente: la fuente usa comillas tipográficas (‘ ’ “ ”) donde la cita tiene comillas rectas; cópiela exactamente',
		straightInSource:
			'La cita no está literalmente en la fuente: la fuente usa comillas rectas (\' ") donde la cita tiene comillas tipográficas; cópiela exactamente',
		cannotResolve: 'No se puede leer "{words}": {reason}',
		unrecognised:
			'Palabras de fecha no reconocidas: "{words}"; se esperaba, p. ej., "this Friday", "earlier this week", "19 February 2025"',
		publishedNotIso:
			'La fecha de publicación "{value}" no es una fecha ISO (2025-02-27) ni una fecha y hora con desfase respecto a UTC (2025-02-27T09:30:00+00:00)',
		unknownZone:
			'Zona horaria desconocida: "{zone}"; se esperaba un nombre IANA como "Europe/London" o "America/New_York"',
		noPublication:
			'no se conoce la fecha de publicación de la fuente, así que solo puede leerse una fecha en EDTF (1943-07-14) o ISO',
		noWordRules: 'las reglas que leen las palabras de fecha no están cargadas aquí',
		notEdtf:
			'no es una fecha EDTF (niveles 0 y 1), p. ej. "1952", "1970-04", "196X", "1815~", "1943-07/1946", "2024-01-02T14:51Z"',
		needsOffset:
			'una fecha y hora debe existir realmente y llevar su desfase respecto a UTC, p. ej. "2025-02-27T09:30-05:00" o "2025-02-27T14:30Z"',
		yearRange:
			'el año {year} está fuera de lo que una cronología puede dibujar: de {min} (271.821 a. C.) a {max}',
		noKnownEnd: 'un intervalo necesita al menos un extremo conocido',
		endsBefore: 'el intervalo termina antes de empezar',
		setUnknown:
			'en un conjunto deben conocerse todos los miembros, p. ej. "[2025-02-24..2025-02-26]"',
		notCalendar: 'no es una fecha válida del calendario',
		notCalendarIn: 'no es una fecha válida del calendario en {year}',
		notWritten: 'no es una fecha explícita',
		wrongWeekday: '{day} es {is}, no {named}',
		unknownWeekday: 'día de la semana desconocido: "{word}"',
		byTwice: '"by" debe ir seguido de palabras de fecha, no de otro "by"',
		byNotDate: 'las palabras que siguen a "by" no son palabras de fecha',
		deadlinePassed: 'el plazo termina antes del día de publicación, {day}',
		firstOfWeek:
			'el día de publicación es {day}, el primer día de su semana, así que la semana no tiene ningún día anterior',
		lastOfWeek:
			'el día de publicación es {day}, el último día de su semana, así que la semana no tiene ningún día posterior',
		firstOfMonth:
			'el día de publicación es el primero de su mes, así que el mes no tiene ningún día anterior',
		firstOfYear:
			'el día de publicación es el primero de su año, así que el año no tiene ningún día anterior',
		lastOfMonth:
			'el día de publicación es el último de su mes, así que el mes no tiene ningún día posterior',
		lastOfYear:
			'el día de publicación es el último de su año, así que el año no tiene ningún día posterior',
		seasonUnknown:
			'el día de publicación, {day}, no cae en la estación nombrada ({season}), y nada indica si se trata de la última o de la próxima',
		sinceNotDate: 'las palabras que siguen a "since" no son palabras de fecha',
		sinceDeadline: '"since" necesita una fecha, no un plazo',
		startsAfter: 'la fecha empieza después del día de publicación, {day}',
		rangeTwo: 'un rango necesita dos fechas',
		rangeEnds: 'los extremos del rango no son palabras de fecha',
		rangeDeadline: 'un rango necesita dos fechas, no un plazo',
		rangeBackwards: 'el rango termina antes de empezar',
		throughoutOne: '"throughout" necesita una sola fecha, no un rango ni un plazo',
		throughoutNotDate: 'las palabras que siguen a "throughout" no son palabras de fecha',
		throughoutDeadline: '"throughout" necesita una fecha, no un plazo',
		howMany: '"{word}" no dice cuántos',
		tooFar: '{count} {unit}: más lejos de lo que cuenta el lector de fechas',
		countsOn:
			'"{word}" cuenta a partir de una fecha que nombra el texto, no a partir de la publicación',
		timeOneDay: 'una hora del día necesita un solo día, y "{words}" nombra más de uno',
		notClock: 'no es una hora en formato de 12 horas',
		weeksRun:
			'Las semanas se cuentan de {first} a {last}, como en el idioma de la fuente ({language}).',
		weeksIso:
			'Las semanas se cuentan de lunes a domingo, como en la norma ISO 8601: no se conoce el idioma de la fuente.',
		weeksNoRegion:
			'Las semanas se cuentan de lunes a domingo, como en la norma ISO 8601: el idioma de la fuente ({language}) no indica ninguna región, y de ella depende el día en que empieza la semana.',
		seasonsNorth:
			'Las estaciones se toman en sentido meteorológico, tres meses enteros, en el hemisferio norte ({why}).',
		seasonsSouth:
			'Las estaciones se toman en sentido meteorológico, tres meses enteros, en el hemisferio sur ({why}).',
		seasonNorth:
			'La estación se toma en sentido meteorológico, tres meses enteros ({first} – {last}), en el hemisferio norte ({why}).',
		seasonSouth:
			'La estación se toma en sentido meteorológico, tres meses enteros ({first} – {last}), en el hemisferio sur ({why}).',
		zoneNorth: 'se supone que la zona {zone} está al norte del ecuador',
		zoneSouth: 'se supone que la zona {zone} está al sur del ecuador',
		codeSays: 'como indica su código',
		calendarQuarters:
			'Los trimestres y semestres se toman como los del año natural; una empresa cuyo ejercicio empieza en otro mes cuenta los suyos.',
		usFiscalYear:
			'El año fiscal se toma como el del Gobierno de Estados Unidos: del 1 de octubre al 30 de septiembre, con el nombre del año en que termina. Los ejercicios de las empresas y de otros países empiezan en otros meses.',
		countedBack:
			'Contado hacia atrás desde el día de publicación: si el texto cuenta desde otra fecha que nombra, se refiere a esa fecha.',
		january: 'enero',
		february: 'febrero',
		march: 'marzo',
		april: 'abril',
		may: 'mayo',
		june: 'junio',
		july: 'julio',
		august: 'agosto',
		september: 'septiembre',
		october: 'octubre',
		november: 'noviembre',
		december: 'diciembre',
		monday: 'lunes',
		tuesday: 'martes',
		wednesday: 'miércoles',
		thursday: 'jueves',
		friday: 'viernes',
		saturday: 'sábado',
		sunday: 'domingo',
		spring: 'primavera',
		summer: 'verano',
		autumn: 'otoño',
		winter: 'invierno',
		source: 'fuente',
		event: 'suceso',
		era: 'época',
		days: 'días',
		weeks: 'semanas',
		months: 'meses',
		years: 'años',
		// The TimelineJS import.
		notJson: 'No es JSON: {detail}',
		tljsNotObject: 'Un archivo de TimelineJS es un objeto JSON',
		tljsNoEvents: 'Un archivo de TimelineJS necesita una lista "events"',
		tljsErasList: 'Se esperaba una lista de épocas',
		tljsTitleObject: 'Se esperaba la diapositiva de título, un objeto',
		tljsSlideObject: 'Se esperaba una diapositiva, un objeto',
		tljsUnclosedQuote:
			'Unas comillas (") abiertas en esta fila no se cierran nunca, así que el resto de la hoja quedaría en una sola celda',
		tljsColumnTwice:
			'La columna {columns} aparece más de una vez: no se sabe cuál contiene el texto de las diapositivas',
		tljsNotSheet:
			'No es una hoja de cálculo de TimelineJS: falta la columna {missing} (encontradas: {found})',
		tljsNoColumns: 'ninguna',
		tljsNotTime: '"{value}" no es una hora del día como 14:30, 2:30 PM o 14:30:15',
		tljsSecondTitle:
			'Una segunda fila de título (el título está en la fila {row}): conviértala en un suceso o elimínela',
		tljsNoEventSlides: 'La cronología no tiene sucesos',
		tljsNoWords: 'La diapositiva no tiene titular ni texto: no hay nada que citar',
		tljsRepeats:
			'Repite {slide} palabra por palabra, así que ningún pasaje podría distinguirlas; combínelas o cambie el texto',
		tljsBeginsAnother:
			'Su texto es también el comienzo de otra diapositiva, así que ningún pasaje podría señalar solo esta; cambie uno de los dos textos',
		tljsTextObject: 'Se esperaba un objeto con "headline" y "text"',
		tljsDisplayDate: 'Se esperaba una cadena de texto (la fecha tal como se muestra)',
		tljsNoStart: 'Una diapositiva necesita una fecha de inicio con año',
		tljsEraEnd: 'Una época necesita una fecha de fin',
		tljsEndFirst: 'El final ({end}) es anterior al inicio ({start})',
		tljsDropped: 'Descartado (se esperaba {what})',
		tljsNotHttp: 'Descartado: "{url}" no es una dirección http(s)',
		tljsIgnored: 'Ignorado (se esperaba {what}; se recibió {got})',
		aDateObject: 'un objeto de fecha',
		aWholeNumber: 'un número entero',
		tljsNotWhole: '{value} no es un número entero',
		tljsNoYear: 'Una fecha necesita un año',
		tljsYearZero: 'No existe el año 0: el 1 a. C. es -1 y el 1 d. C. es 1',
		tljsNotMonth: '{value} no es un mes ({min}–{max})',
		tljsNotHour: '{value} no es una hora ({min}–{max})',
		tljsNotMinute: '{value} no es un minuto ({min}–{max})',
		tljsNotSecond: '{value} no es un segundo ({min}–{max})',
		tljsNotMillisecond: '{value} no es un milisegundo ({min}–{max})',
		tljsNotDay: '{value} no es un día de ese mes (1–{days})',
		tljsDayAlone: 'Un día necesita un mes; no se indica ninguno',
		tljsHourAlone: 'Una hora necesita un día; no se indica ninguno',
		tljsMinuteAlone: 'Un minuto necesita una hora; no se indica ninguna',
		tljsSecondAlone: 'Un segundo necesita un minuto; no se indica ninguno',
		tljsMillisecondAlone: 'Un milisegundo necesita un segundo; no se indica ninguno',
		tljsYearAlone: 'Un año posterior a 9999 (aquí {year}) solo puede escribirse sin mes ni día'
	}
} satisfies CheckMessages;
