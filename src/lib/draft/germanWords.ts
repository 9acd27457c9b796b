import type { DateWords } from './dateWords';
import type { LanguageWords } from './languageWords';
import { perfectTense } from './perfectTense';
import { wholeWords } from './wholeWords';

const MONTH_NAMES =
	'Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sept?|Okt|Nov|Dez';
/** Präteritum forms known by heart (sagte, war, kam), and "vor zwei Wochen". */
const PRETERITE =
	'war|waren|hatte|hatten|wurde|wurden|kam|kamen|ging|gingen|gab|gaben|nahm|nahmen|stand|standen|fand|fanden|traf|trafen|sprach|sprachen|schloss|schlossen|trat|traten|beschloss|hielt|hielten|fiel|fielen|stieg|stiegen|lag|lagen|blieb|blieben|zog|zogen|rief|riefen|schrieb|schrieben|erhielt|erhielten|begann|begannen|verlor|gewann|gewannen|brachte|brachten|dachte|dachten|wusste|wussten|konnte|konnten|musste|mussten|wollte|wollten|ließ|ließen|sah|sahen|starb|starben|floh|flohen|geschah|geschahen|vor (?:\\p{L}+ )?(?:tagen|wochen|monaten|jahren)';

/** Where a clause ends: a separable verb's prefix stands there ("kam am Montag an."). */
const CLAUSE_END = '(?=\\s*(?:[,;:.!?]|$))';
/** A verb whose separable `prefix` ends its clause, up to eight words on. */
const RUNS_TO = (prefix: string) => `(?: [\\p{L}\\p{N}]+){0,8}? ${prefix}${CLAUSE_END}`;

/** German (see languageWords.ts). */
export const GERMAN_WORDS: LanguageWords = {
	locale: 'de',
	abbreviation:
		/(?:^|[\s(])(?:Dr|Prof|Nr|bzw|z|d|u|v|s|B|h|a|Hr|Hrn|St|Str|ca|usw|etc|vgl|ggf|inkl|evtl|Mio|Mrd|Abs|Art|Jh|Jan|Feb|Apr|Aug|Sept|Sep|Okt|Nov|Dez|geb|gest|Dipl|Ing)\.$/u,
	/** An ordinal ("am 3.", "bis 5.") runs on into its month, a small word or a figure. */
	runsOn: {
		end: /(?:^|[\s(])\d{1,2}\.$/u,
		into: new RegExp(`^(?:(?:${MONTH_NAMES})(?![\\p{L}])|\\p{Ll}|\\d)`, 'u')
	},
	quotes: { '„': '“', '»': '«', '"': '"' },
	future: wholeWords(
		'wird|werden|werde|wirst|soll|sollen|plant|planen|voraussichtlich|künftig',
		'u'
	),
	past: wholeWords(PRETERITE, 'giu'),
	/** Weak Präteritum by its ending: erklärte, teilten, eröffnete. */
	regularPast: /(?<![\p{L}])\p{Ll}{2,}(?:te|ten)(?![\p{L}])/gu,
	notPast:
		/^(?:heute|bitte|erste|ersten|zweite|zweiten|dritte|dritten|vierte|vierten|fünfte|fünften|sechste|siebte|achte|zehnte|letzte|letzten|beste|besten|meiste|meisten|weite|weiten|gute|guten|rechte|rechten|alte|alten|späte|späten|breite|breiten|harte|harten|konkrete|konkreten|direkte|direkten|geplante|geplanten|gesamte|gesamten|bekannte|bekannten|hunderte|hunderten|\p{Ll}+sten)$/u,
	passive: null,
	/** Perfekt: "hat … unterzeichnet", "ist … gestorben", "haben … festgenommen". */
	perfect: perfectTense({
		auxiliary: wholeWords('hat|haben|habe|hatte|hatten|ist|sind|sei|seien|war|waren', 'giu'),
		participle: wholeWords(
			'ge\\p{Ll}{2,}(?:t|en)|\\p{Ll}{2,}iert|(?:be|er|ver|zer|ent|emp|unter|über|miss)\\p{Ll}{2,}(?:t|en)|\\p{Ll}{2,}ge\\p{Ll}{2,}(?:t|en)',
			'gu'
		),
		clauseEnd: /[,;:.!?]/g
	}),
	looksAhead: wholeWords(
		'würde|würden|werde|werden|wird|solle|sollen|soll|müsse|müssen|könne|könnten|plane|plant|planen|wolle|wollen|voraussichtlich',
		'giu'
	),
	clauseBoundary: /(?:;|,? und|, aber|, dann|, während|, bevor|, nachdem|, als)\s+/g,
	attribution:
		/^\S+(?: \S+){0,3}? (?:sagte|sagten|erklärte|erklärten|teilte|teilten|berichtete|betonte)(?![\p{L}])|^(?:sagte|sagten|erklärte|erklärten|teilte|betonte|hieß)(?![\p{L}])/iu,
	/**
	 * Whole words, umlauts and all, and the compounds German makes of them (Gipfeltreffen,
	 * Staatsbesuch, Dienstreise); not "betreffen" or "zutreffen", nor "Reis". A separable
	 * verb's prefix may come at the sentence's end ("kündigte … neue Hilfen an").
	 */
	kinds: [
		[
			'meeting',
			wholeWords(
				`(?:traf|trafen|trifft)(?!${RUNS_TO('ein')})|treffen|getroffen|\\p{L}+(?<!be|über|zu|ein)treffen|\\p{L}*gipfel\\p{L}*|\\p{L}*gespräch\\p{L}*|verhandl\\p{L}*|berieten|beriet`
			)
		],
		['visit', wholeWords('\\p{L}*besuch\\p{L}*')],
		[
			'travel',
			wholeWords(
				`reist\\p{L}*|gereist|\\p{L}*(?<![pkg])reise\\p{L}*|flog|flogen|fliegt|fliegen|geflogen|\\p{L}*flug\\p{L}*|land(?:ete|eten|et|ung)|gelandet|(?:kam|kamen|kommt)${RUNS_TO('an')}|angekommen|ankunft|(?:traf|trafen|trifft)${RUNS_TO('ein')}|eingetroffen`
			)
		],
		[
			'announcement',
			wholeWords(
				`(?:kündigt|kündigte|kündigten)${RUNS_TO('an')}|angekündigt|ankündig\\p{L}*|versprach|versprachen|verspricht|versprochen|versprechen|veröffentlich\\p{L}*|vorgestellt|präsentiert\\p{L}*|gestartet|startete`
			)
		],
		[
			'statement',
			wholeWords(
				`sagte|sagten|sagt|gesagt|erklärte|erklärten|erklärt|betonte|betonten|betont|warnte|warnten|warnt|gewarnt|meinte|meinten|kritisierte\\p{L}*|forderte\\p{L}*|(?:teilte|teilten)${RUNS_TO('mit')}|zufolge|laut`
			)
		]
	]
};

/** A year on its own, not a sum, a count or a part of a longer figure. */
const BARE_YEAR =
	'(?<![\\d.,€$] ?){y}(?![.,]\\d| ?(?:%|€|euro|einwohner|menschen|personen|mitarbeiter|stellen|wohnungen|stimmen|meter|km|plätze|schüler))';

export const GERMAN_DATES: DateWords = {
	months: [
		'januar|jänner|jan\\.?',
		'februar|feb\\.?',
		'märz|maerz|mär\\.?',
		'april|apr\\.?',
		'mai',
		'juni',
		'juli',
		'august|aug\\.?',
		'september|sept?\\.',
		'oktober|okt\\.?',
		'november|nov\\.?',
		'dezember|dez\\.?'
	],
	weekdays: [
		'sonntag',
		'montag',
		'dienstag',
		'mittwoch',
		'donnerstag',
		'freitag',
		'samstag|sonnabend'
	],
	counts: {
		ein: 1,
		eine: 1,
		einem: 1,
		einer: 1,
		einen: 1,
		zwei: 2,
		drei: 3,
		vier: 4,
		fünf: 5,
		sechs: 6,
		sieben: 7,
		acht: 8,
		neun: 9,
		zehn: 10,
		elf: 11,
		zwölf: 12,
		zwanzig: 20
	},
	units: {
		day: 'tag|tage|tagen|tages',
		week: 'woche|wochen',
		month: 'monat|monate|monaten|monats',
		year: 'jahr|jahre|jahren|jahres'
	},
	parts: {
		morning: 'morgen|vormittag|früh',
		afternoon: 'nachmittag',
		evening: 'abend',
		night: 'nacht'
	},
	phrases: [
		['bis (?:zum )?jahresende', 'by the end of the year'],
		['bis (?:zum )?monatsende', 'by the end of the month'],
		['bis (?:zum )?ende (?:des|der|dieses|dieser) {u}', 'by the end of the {u}'],
		['bis (?:spätestens )?(?:ende |anfang |mitte )?{m}(?: {y})?', 'by {m} {y}'],
		['bis (?:spätestens )?(?:ende )?{y}', 'by {y}'],
		['seit (?:anfang |ende |mitte )?{m}(?: {y})?', 'since {m} {y}'],
		['seit {y}', 'since {y}'],
		['vor {n} {u}', '{n} {u} ago'],
		['in {n} {u}', 'in {n} {u}'],
		['{n} {u} (?:früher|zuvor|davor)', '{n} {u} earlier'],
		['{n} {u} (?:später|danach)', '{n} {u} later'],
		['(?:anfang|früher in) dieser woche', 'earlier this week'],
		['später in dieser woche', 'later this week'],
		[
			'(?:in der |im |am )?(?:letzte|letzten|letztes|letzter|vergangene|vergangenen|vergangenes|vergangener) {u}',
			'last {u}'
		],
		[
			'(?:in der |im |am )?(?:nächste|nächsten|nächstes|nächster|kommende|kommenden|kommendes|kommender) {u}',
			'next {u}'
		],
		['(?:in )?(?:diese|diesen|dieses|dieser|diesem) {u}', 'this {u}'],
		['(?:am )?(?:letzten|vergangenen) {w}', 'last {w}'],
		['(?:am )?(?:nächsten|kommenden) {w}', 'next {w}'],
		['(?:an )?diesem {w}', 'this {w}'],
		['gestern ?{part}', 'yesterday {part}'],
		['morgen ?{part}', 'tomorrow {part}'],
		['heute ?{part}', 'this {part}'],
		['(?:am )?{w} ?{part}', '{w} {part}'],
		['(?:am )?{w}', '{w}'],
		['(?:im|anfang|ende|mitte) {m}(?: {y})?', '{m} {y}'],
		['{m} {y}', '{m} {y}'],
		['im jahre? {y}', '{y}'],
		[BARE_YEAR, '{y}'],
		['gestern', 'yesterday'],
		['heute', 'today'],
		[
			'(?<!(?:am|guten|jeden|dem|den|der|heute|gestern|vom|frühen|späten|diesen|nächsten|selben|gleichen) )morgen',
			'tomorrow'
		],
		['kürzlich|vor kurzem|neulich', 'recently']
	],
	deadlineBefore: 'bis (?:zum |zur |spätestens (?:zum |am )?)?|spätestens (?:am |bis (?:zum )?)?',
	sinceBefore: 'seit (?:dem )?',
	articleBefore: '',
	timeAfter: '(?:um|gegen|ab) \\d{1,2}(?:[.:]\\d{2})? ?uhr'
};
