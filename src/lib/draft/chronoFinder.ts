import { en } from 'chrono-node';
import type { TextRange } from './types';

/** An abbreviated weekday alone ("Sun Microsystems", "Sat Nav"): a name far more often. */
const WEEKDAY_ABBREVIATION = /^(?:sun|mon|tues?|wed|thu(?:rs?)?|fri|sat)$/i;
/** A fraction ("6 1/4", "1/2"): in news far more often than a day and month. */
const FRACTION = /^\d{1,2}\/\d{1,2}$/;
/** A figure with a decimal point, perhaps read as a time ("1.35 a" of "$1.35 a share"). */
const DECIMAL = /^\d+\.\d+\b/;
/** A part of a day alone ("Late Night", "Good Morning"): chrono reads it as today's. */
const PART_OF_DAY = /^(?:morning|afternoon|evening|night)$/i;
/** "the last quarter of the century": a part of what follows, not a quarter of a year. */
const QUARTER = /quarter$/i;
const OF_AFTER = /^\s+of\b/;
const MONEY_BEFORE = /[$£€¥]\s?$/;
const PERCENT_AFTER = /^\s?(?:%|percent\b|per cent\b)/i;

/**
 * Whether chrono's find is a figure rather than a date: money, a share price, a percentage,
 * a fraction, a company's name that starts like a weekday, or a quarter of something else.
 */
function isNotADate(text: string, { start, end }: TextRange): boolean {
	const words = text.slice(start, end);
	if (WEEKDAY_ABBREVIATION.test(words) || FRACTION.test(words) || PART_OF_DAY.test(words)) {
		return true;
	}
	if (PERCENT_AFTER.test(text.slice(end, end + 9))) return true;
	if (QUARTER.test(words) && OF_AFTER.test(text.slice(end, end + 4))) return true;
	return DECIMAL.test(words) && MONEY_BEFORE.test(text.slice(Math.max(0, start - 2), start));
}

/**
 * Date expressions chrono-node's British English parser finds (day before month), as offsets,
 * less the figures it takes for dates (see `isNotADate`). Only where the words are is taken
 * from chrono: what they mean is left to the project's own resolver, which places them
 * honestly or says why it cannot. A comma or semicolon chrono takes with the words
 * ("March,") is left out of them.
 */
export function findChronoDates(text: string, reference: Date): TextRange[] {
	return en.GB.parse(text, reference)
		.map((result) => ({
			start: result.index,
			end: result.index + result.text.replace(/[\s,;:]+$/, '').length
		}))
		.filter((range) => !isNotADate(text, range));
}
