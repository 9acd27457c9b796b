import { readFileSync } from 'node:fs';
import type { DraftLanguage } from './languages';
import { loadLanguagePack } from './loadLanguage';
import { draftArticle } from './proposals';
import type { Draft, Mention } from './types';

/** A phrase of a hand-written sentence, and the interval it should be read as. */
export interface PhraseRow {
	sentence: string;
	words: string;
	/** `start`/`end` as the resolver writes them; `precision`, and `modifier` for a deadline. */
	expected: { start: string; end: string; precision: string; modifier?: string };
	published?: string;
}

/** A Friday. */
export const FRIDAY = '2025-02-28';
/** A Wednesday. */
export const WEDNESDAY = '2025-02-26';

export const day = (at: string) => ({ start: at, end: at, precision: 'day' });
export const month = (at: string) => ({ start: at, end: at, precision: 'month' });
export const year = (at: string) => ({ start: at, end: at, precision: 'year' });
export const span = (start: string, end: string) => ({ start, end, precision: 'span' });
export const by = (start: string, end: string) => ({ ...span(start, end), modifier: 'before' });

/** The article drafted in `language`, published on `published` in `timeZone`. */
export async function draftIn(
	language: DraftLanguage,
	article: string,
	published: string,
	timeZone: string
): Promise<Draft> {
	const pack = await loadLanguagePack(language);
	return draftArticle({ article, published, timeZone, publisher: 'Test', language }, pack);
}

/** The mention quoting exactly `words`; an error listing what was found where there is none. */
export function mentionOf(draft: Draft, words: string): Mention {
	const found = draft.mentions.find((mention) => mention.words === words);
	if (!found) {
		const all = draft.mentions.map((mention) => `“${mention.words}”`).join(', ') || 'none';
		throw new Error(`No mention “${words}” in the draft; found ${all}`);
	}
	return found;
}

/** What a mention's date is, in the shape of `PhraseRow['expected']`. */
export function intervalOf(mention: Mention): PhraseRow['expected'] | string {
	if (!mention.date) return `unplaced: ${mention.reason}`;
	const { start, end, precision, modifier } = mention.date;
	return modifier ? { start, end, precision, modifier } : { start, end, precision };
}

/** A fixture article beside the tests. */
export const fixture = (name: string): string =>
	readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
