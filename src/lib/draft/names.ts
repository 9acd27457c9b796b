import type { TextRange } from './types';

const MONTH_OR_SEASON =
	/\b(January|February|March|April|June|July|August|September|October|November|December|Spring|Summer|Autumn|Fall|Winter)$/;
const SEASON = /^(?:Spring|Summer|Autumn|Fall|Winter)$/;
/** Words after which a month is a date ("in March President Biden said"). */
const DATE_WORD_BEFORE =
	/\b(?:in|since|by|until|till|during|last|this|next|of|from|to|through|early|late|mid|on|and|or)[\s-]$/i;
const CAPITALISED_AFTER = /^ [A-Z][a-z]/;
const QUARTER = /^Q[1-4]\b/i;
/** A capitalised word just before, not one that starts a sentence with a date after it. */
const NAME_BEFORE =
	/\b(?!(?:In|During|For|Over|By|From|Since|Until|Through|The|And|Or)\s$)[A-Z][A-Za-z]*\s$/;

/**
 * Whether date words end in the first word of a name: a month alone, not after a word that
 * makes it a date, or a season written with a capital (running text writes seasons small),
 * followed by a capitalised word: "March Madness", "the Spring Statement", "Summer Olympics";
 * or a quarter's short form after a capitalised word: "the Audi Q3".
 */
export function isPartOfName(text: string, { start, end }: TextRange): boolean {
	const words = text.slice(start, end);
	if (QUARTER.test(words)) return NAME_BEFORE.test(text.slice(Math.max(0, start - 16), start));
	const last = MONTH_OR_SEASON.exec(words)?.[1];
	if (!last || !CAPITALISED_AFTER.test(text.slice(end, end + 3))) return false;
	if (SEASON.test(last)) return true;
	return words === last && !DATE_WORD_BEFORE.test(text.slice(Math.max(0, start - 8), start));
}
