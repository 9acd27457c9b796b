import {
	ENGLISH_MONTHS,
	ENGLISH_WEEKDAYS,
	type DateWords,
	type Part,
	type Unit
} from './dateWords';
import { wholeWords } from './wholeWords';

/** A language's date words made ready: one finder for all phrases, and their reading. */
export interface DateReader {
	/** Every phrase of the language, as whole words, most specific first (global). */
	finder: RegExp;
	/** The English date words the whole of `words` reads as, or null where no phrase is them. */
	read(words: string): string | null;
	/** Any month's name. */
	month: RegExp;
	/** A month's name, whole, at the end of words ("30 juin"; not "3 sept", which needs its stop). */
	monthAtEnd: RegExp;
	/** Deadline words ending just before a date ("d'ici le "). */
	deadlineBefore: RegExp;
	/** "Since" words ending just before a date ("depuis le "). */
	sinceBefore: RegExp;
	/** An article ending just before a date ("le "), or null. */
	articleBefore: RegExp | null;
	/** A time said at the end of a day's words ("à 14h30"). */
	timeAfter: RegExp;
}

const PLACEHOLDER = /\{(n|u|w|m|d|y|part)\}/g;
type Slot = 'n' | 'u' | 'w' | 'm' | 'd' | 'y' | 'part';

/** Lower case, one space between words (non-breaking ones too), one kind of apostrophe. */
export const normalWords = (words: string): string =>
	words.trim().replace(/\s+/gu, ' ').replace(/’/g, "'").toLowerCase();

function slotPatterns(words: DateWords): Record<Slot, string> {
	return {
		n: `${Object.keys(words.counts).join('|')}|\\d{1,4}`,
		u: Object.values(words.units).join('|'),
		w: words.weekdays.join('|'),
		m: words.months.join('|'),
		d: '\\d{1,2}(?:er)?\\.?',
		y: '(?:1[5-9]|20)\\d{2}',
		part: Object.values(words.parts).join('|')
	};
}

/** Which of `choices` (alternations) the whole of `word` is, by index, or -1. */
function indexOf(choices: string[], word: string): number {
	return choices.findIndex((choice) => new RegExp(`^(?:${choice})$`, 'iu').test(word));
}

/** The English for what one slot matched. */
function englishOf(slot: Slot, found: string, words: DateWords, count: number | null): string {
	switch (slot) {
		case 'n':
			return String(/^\d+$/.test(found) ? Number(found) : words.counts[found]);
		case 'u': {
			const unit = (Object.keys(words.units) as Unit[])[indexOf(Object.values(words.units), found)];
			return count !== null && count !== 1 ? `${unit}s` : unit!;
		}
		case 'w':
			return ENGLISH_WEEKDAYS[indexOf(words.weekdays, found)]!;
		case 'm':
			return ENGLISH_MONTHS[indexOf(words.months, found)]!;
		case 'd':
			return String(Number.parseInt(found, 10));
		case 'y':
			return found;
		case 'part':
			return (Object.keys(words.parts) as Part[])[
				indexOf(Object.values(words.parts) as string[], found)
			]!;
	}
}

/** Either apostrophe where a pattern writes one: articles are typed with ' and with ’. */
const apostrophes = (pattern: string): string => pattern.replace(/'/g, "['’]");

/** A phrase's pattern with its slots as alternations, named (`named`) or not. */
function expand(pattern: string, slots: Record<Slot, string>, named: boolean): string {
	const seen = new Set<string>();
	return apostrophes(pattern).replace(PLACEHOLDER, (_, slot: Slot) => {
		if (seen.has(slot)) throw new Error(`A date phrase names {${slot}} twice: “${pattern}”`);
		seen.add(slot);
		return named ? `(?<${slot}>${slots[slot]})` : `(?:${slots[slot]})`;
	});
}

/** The language's date words made ready to find and read (see dateWords.ts). */
export function dateReader(words: DateWords): DateReader {
	const slots = slotPatterns(words);
	const phrases = words.phrases.map(([pattern, english]) => ({
		exact: new RegExp(`^(?:${expand(pattern, slots, true)})$`, 'iu'),
		english
	}));
	return {
		finder: wholeWords(
			words.phrases.map(([pattern]) => expand(pattern, slots, false)).join('|'),
			'giu'
		),
		read(text) {
			const normal = normalWords(text);
			for (const { exact, english } of phrases) {
				const match = exact.exec(normal);
				if (!match) continue;
				const groups: Partial<Record<Slot, string>> = match.groups ?? {};
				const count = groups.n === undefined ? null : Number(englishOf('n', groups.n, words, null));
				return english
					.replace(PLACEHOLDER, (_, slot: Slot) =>
						groups[slot] === undefined ? '' : englishOf(slot, groups[slot], words, count)
					)
					.replace(/\s+/g, ' ')
					.trim();
			}
			return null;
		},
		month: wholeWords(words.months.join('|')),
		monthAtEnd: new RegExp(`(?<![\\p{L}])(?:${words.months.join('|')})$`, 'iu'),
		deadlineBefore: new RegExp(`(?<![\\p{L}])(?:${apostrophes(words.deadlineBefore)})$`, 'iu'),
		sinceBefore: new RegExp(`(?<![\\p{L}])(?:${apostrophes(words.sinceBefore)})$`, 'iu'),
		articleBefore: words.articleBefore
			? new RegExp(`(?<![\\p{L}])(?:${words.articleBefore})$`, 'iu')
			: null,
		timeAfter: new RegExp(`\\s+(?:${words.timeAfter})$`, 'iu')
	};
}

/**
 * chrono's words without what follows them: a comma, or a sentence's full stop ("le 30
 * juin."), kept only where a month's short form needs it ("3 sept.").
 */
export function ownWords(words: string, reader: DateReader): string {
	const trimmed = words.replace(/[\s,;:]+$/, '');
	if (!trimmed.endsWith('.')) return trimmed;
	const bare = trimmed.slice(0, -1);
	return /\d$/.test(bare) || reader.monthAtEnd.test(bare) ? bare : trimmed;
}
