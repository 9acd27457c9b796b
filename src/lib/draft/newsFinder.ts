import type { TextRange } from './types';

const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const MONTH =
	'(?:january|february|march|april|may|june|july|august|september|october|november|december)';
const SHORT_MONTH = '(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)';
const SEASON = '(?:spring|summer|autumn|fall|winter)';
const DAY_NUMBER = '\\d{1,2}(?:st|nd|rd|th)?';
const YEAR = '\\d{4}';
const WRITTEN_DAY = `(?:${WEEKDAY},? )?(?:${DAY_NUMBER} (?:${MONTH}|${SHORT_MONTH})|${MONTH} ${DAY_NUMBER})(?:,? ${YEAR})?`;
const PERIOD = '(?:week|weekend|month|year)';

/** What may follow "since": the resolver's own words. */
const SINCE_WHAT = `(?:(?:last|this) ${PERIOD}|last ${WEEKDAY}|${WEEKDAY}|yesterday|${WRITTEN_DAY}|${MONTH}(?: ${YEAR})?|${YEAR})`;

/**
 * The news phrasings the resolver reads, most specific first: at each place in the text the
 * first alternative that matches wins, so "since last week" is found whole, not "last week".
 */
const PHRASES = [
	`since ${SINCE_WHAT}`,
	`by the end of (?:the|this|next) (?:week|month|year)`,
	`by (?:${YEAR}|${WRITTEN_DAY}|(?:this|next) ${PERIOD}|${WEEKDAY}|tomorrow)`,
	`(?:earlier|later|so far) this (?:week|month|year)`,
	`(?:in|during|over) (?:the )?${SEASON}(?: of ${YEAR})?`,
	`(?:this|last|next) (?:${PERIOD}|${WEEKDAY}|${SEASON})`,
	`(?:on )?${WRITTEN_DAY}`,
	`(?:in|during) ${MONTH}(?: ${YEAR})?`,
	`${MONTH} ${YEAR}`,
	`in ${YEAR}`,
	`(?:on )?${WEEKDAY}`,
	'today|yesterday|tomorrow'
];

const FINDER = new RegExp(`\\b(?:${PHRASES.join('|')})\\b`, 'gi');

/** Every news date phrase in `text`, as offsets, without overlaps. */
export function findNewsPhrases(text: string): TextRange[] {
	return [...text.matchAll(FINDER)].map((match) => ({
		start: match.index,
		end: match.index + match[0].length
	}));
}
