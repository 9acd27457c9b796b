import type { DateWords } from './dateWords';
import type { LanguageWords } from './languageWords';
import { wholeWords } from './wholeWords';

/** Participles after "a", "ont", "avait"… (a déclaré, ont signé, a pris, a vu, a ouvert). */
const PARTICIPLE = '\\p{Ll}{2,}(?:é|ée|és|ées|i|ie|is|ies|it|ite|u|ue|us|ues|ert|erte|int|ort)';
/** Verbs told with "être" in the passé composé (est arrivé, sont partis, est née). */
const WITH_ETRE =
	'(?:arriv|part|ven|n|mort|décéd|entr|sort|tomb|rest|deven|revenu|all|rentr|mont|descend)\\p{Ll}{0,4}';
const ADVERBS =
	"(?:(?:ne|n'|n’|pas|plus|déjà|bien|aussi|encore|jamais|toujours|notamment|finalement|enfin|également)\\s+){0,2}";
/** Futur simple and near future: signera, seront, va signer, vont voter. */
const FUTURE_FORMS =
	'\\p{Ll}{2,}(?:era|eras|erai|erez|erons|eront|ira|iras|irai|irez|irons|iront|dra|drons|dront)|sera|serons|seront|aura|aurons|auront|fera|feront|ira|iront|pourra|pourront|devra|devront|(?:va|vont)\\s+\\p{Ll}{2,}(?:er|ir|re)';

/** The apostrophes of "s’est", typed or typeset. */
const APOSTROPHE = "['’]";

/** French (see languageWords.ts). */
export const FRENCH_WORDS: LanguageWords = {
	locale: 'fr',
	abbreviation:
		/(?:^|[\s(])(?:M|MM|Mme|Mmes|Mlle|Dr|Pr|Me|St|Ste|av|apr|etc|cf|env|hab|No|n°|art|vol|bd|Cie|janv|févr|avr|juil|sept|oct|nov|déc|ex)\.$/u,
	runsOn: null,
	quotes: { '«': '»', '“': '”', '"': '"' },
	future: new RegExp(
		`(?<![\\p{L}])(?:${FUTURE_FORMS}|pourrait|pourraient|prévoit de|prévoient de|est prévue?s? (?:pour|le|en)|sont prévue?s? (?:pour|le|en))(?![\\p{L}])`,
		'u'
	),
	past: wholeWords(
		`(?:ai|as|a|avons|avez|ont|avait|avaient|eut|eurent)\\s+${ADVERBS}(?:${PARTICIPLE})|(?:est|sont|était|étaient|fut|furent)\\s+${ADVERBS}${WITH_ETRE}|fut|furent|eut|eurent|il y a (?:\\p{L}+ ){1,2}(?:jours?|semaines?|mois|ans|années?)`,
		'giu'
	),
	/** The imparfait: était, avait, devait; not a conditional's -rait, which looks ahead. */
	regularPast: /(?<![\p{L}])\p{Ll}{2,}(?<!r)(?:ait|aient)(?![\p{L}])/gu,
	notPast:
		/^(?:fait|lait|trait|souhait|parfait|portrait|attrait|extrait|retrait|abstrait|distrait|bienfait|méfait|forfait|plait)$/i,
	passive: null,
	perfect: null,
	looksAhead: new RegExp(
		`(?<![\\p{L}])(?:${FUTURE_FORMS}|\\p{Ll}{2,}(?:rait|raient)|(?:allait|allaient)\\s+\\p{Ll}{2,}(?:er|ir|re)|doit|doivent|devait|devaient|(?:a|ont) promis de|prévoit de|prévoient de|compte|comptent|entend|entendent|veut|veulent)(?![\\p{L}])`,
		'gu'
	),
	clauseBoundary: /(?:;|,? et|, mais|, puis|, tandis que|, avant de|, après|, lorsque|, quand)\s+/g,
	attribution:
		/^\S+(?: \S+){0,3}? (?:a|ont) (?:déclaré|dit|indiqué|affirmé|précisé|ajouté|annoncé|expliqué)|^(?:a|ont) (?:déclaré|dit|indiqué|affirmé|précisé|ajouté|expliqué)|^selon\s/iu,
	/**
	 * Whole words, accents and all: "a rencontré", "s’est rendu", "a déclaré" (not "vol",
	 * which is a theft as often as a flight, nor "public" for "publié").
	 */
	kinds: [
		[
			'meeting',
			wholeWords(
				`rencontr\\p{L}*|sommets?|entretiens?|(?:s${APOSTROPHE}est|se sont) entretenu\\p{L}*|réunion|réuni(?:e|s|es)?|pourparlers|tête-à-tête|face-à-face`
			)
		],
		['visit', wholeWords('visit\\p{L}*')],
		[
			'travel',
			wholeWords(
				`voyag\\p{L}*|(?:(?:s${APOSTROPHE}est|se sont) rendue?s?|se rend(?:ra|ront|ent)?)(?! compte)|atterri\\p{L}*|arrivée?s?|arrive(?:nt)?|arriver\\p{L}*|avion|déplacement|périple`
			)
		],
		[
			'announcement',
			wholeWords(
				'annonc\\p{L}*|promis|promet\\p{L}*|promesses?|lanc(?:e|é|ée|és|ées|ent|era|eront|ement)|dévoil\\p{L}*|publi(?:e|é|ée|és|ées|ent|era|cation)'
			)
		],
		[
			'statement',
			wholeWords(
				'(?:a|ont) (?:déclaré|dit|affirmé|ajouté|estimé|précisé|expliqué|averti|indiqué|souligné|assuré|salué|prévenu)|déclar\\p{L}*|affirm\\p{L}*|selon|dit'
			)
		]
	]
};

/** A year on its own, not a sum, a count or a part of a longer figure. */
const BARE_YEAR =
	'(?<![\\d.,€$] ?){y}(?![.,]\\d| ?(?:%|€|euros?|habitants|personnes|salariés|emplois|logements|voix|mètres|km|places|élèves))';

export const FRENCH_DATES: DateWords = {
	months: [
		'janvier|janv\\.?',
		'février|fevrier|févr\\.?',
		'mars',
		'avril|avr\\.?',
		'mai',
		'juin',
		'juillet|juil\\.?',
		'août|aout',
		'septembre|sept\\.',
		'octobre|oct\\.',
		'novembre|nov\\.',
		'décembre|decembre|déc\\.'
	],
	weekdays: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
	counts: {
		un: 1,
		une: 1,
		deux: 2,
		trois: 3,
		quatre: 4,
		cinq: 5,
		six: 6,
		sept: 7,
		huit: 8,
		neuf: 9,
		dix: 10,
		onze: 11,
		douze: 12,
		quinze: 15,
		vingt: 20
	},
	units: { day: 'jours?|journées?', week: 'semaines?', month: 'mois', year: 'ans|an|années?' },
	parts: {
		morning: 'matin|matinée',
		afternoon: 'après-midi',
		evening: 'soir|soirée',
		night: 'nuit'
	},
	phrases: [
		["(?:d'ici|avant) la fin (?:de l'|du |de la |de cette |de ce ){u}", 'by the end of the {u}'],
		["d'ici (?:à )?(?:la )?(?:fin |début )?(?:de |d')?{m}(?: {y})?", 'by {m} {y}'],
		["d'ici (?:à )?(?:la )?(?:fin )?{y}", 'by {y}'],
		['depuis (?:le mois de |début |fin )?{m}(?: {y})?', 'since {m} {y}'],
		['depuis {y}', 'since {y}'],
		['il y a {n} {u}', '{n} {u} ago'],
		['dans {n} {u}', 'in {n} {u}'],
		['{n} {u} plus tôt', '{n} {u} earlier'],
		['{n} {u} (?:plus tard|après)', '{n} {u} later'],
		['(?:plus tôt|au début de) cette semaine', 'earlier this week'],
		['plus tard cette semaine', 'later this week'],
		["(?:la |le |l')?{u} (?:dernière|dernier|passée|passé)", 'last {u}'],
		["(?:la |le |l')?{u} prochaine?", 'next {u}'],
		['(?:cette|cet|ce) {u}(?:-ci)?', 'this {u}'],
		['(?:le |ce )?{w} (?:dernier|passé)', 'last {w}'],
		['(?:le |ce )?{w} prochain', 'next {w}'],
		['hier {part}', 'yesterday {part}'],
		['demain {part}', 'tomorrow {part}'],
		['(?:ce|cet|cette) {part}', 'this {part}'],
		['(?:le |ce )?{w} {part}', '{w} {part}'],
		['(?:le |ce )?{w}', '{w}'],
		["(?:en|au mois de|au mois d'|courant|début|fin|mi-|à la mi-) ?{m}(?: {y})?", '{m} {y}'],
		['{m} {y}', '{m} {y}'],
		['en {y}', '{y}'],
		[BARE_YEAR, '{y}'],
		['hier', 'yesterday'],
		["aujourd'hui", 'today'],
		['demain', 'tomorrow'],
		['récemment', 'recently']
	],
	deadlineBefore: "d'ici (?:le |au |à )?|avant le |au plus tard le ",
	sinceBefore: 'depuis (?:le )?',
	articleBefore: 'le ',
	timeAfter: '(?:à|vers) \\d{1,2} ?(?:h|heures?)(?: ?\\d{2})?'
};
