import type { CheckKey, CheckValue, CheckWords } from './en';

/** A catalogue of the checker's words, or a part of one (see dateWordsEn.ts). */
export type CheckCatalogue = { says: Partial<Record<CheckKey, string>> };

/** How deep a problem's words nest ("Cannot resolve …: the week has no …" is two). */
const MAX_DEPTH = 4;

const numbers = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string): Intl.NumberFormat {
	let format = numbers.get(locale);
	if (!format) numbers.set(locale, (format = new Intl.NumberFormat(locale)));
	return format;
}

/** Whether `words` has every message of a problem, its values' words included. */
export function hasWords(said: CheckWords, words: CheckCatalogue, depth = 0): boolean {
	return (
		Object.hasOwn(words.says, said.key) &&
		Object.values(said.values ?? {}).every(
			(value) =>
				typeof value !== 'object' || depth >= MAX_DEPTH || hasWords(value, words, depth + 1)
		)
	);
}

/**
 * A check's problem in `words`, its places filled: text as it is, a count written in
 * `locale`, a word of the catalogue in its own words (the checker runs in a worker, without the reader's catalogue that
 * `fill` in ../plural.ts comes with). Values are text: nothing is markup.
 */
export function checkText(
	said: CheckWords,
	words: CheckCatalogue,
	locale: string,
	depth = 0
): string {
	const message = (Object.hasOwn(words.says, said.key) && words.says[said.key]) || said.key;
	const value = (item: CheckValue): string =>
		typeof item === 'string'
			? item
			: typeof item === 'number'
				? numberFormat(locale).format(item)
				: depth < MAX_DEPTH
					? checkText(item, words, locale, depth + 1)
					: item.key;
	const values = said.values ?? {};
	return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
		Object.hasOwn(values, name) ? value(values[name]!) : whole
	);
}
