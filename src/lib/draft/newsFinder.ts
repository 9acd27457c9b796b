import { HOLIDAY_PATTERN as HOLIDAY } from '../story/dates/calendarWords';
import { PRESENT_WORDS } from '../story/dates/presentWords';
import type { TextRange } from './types';

const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const MONTH =
	'(?:january|february|march|april|may|june|july|august|september|october|november|december)';
/** After "by", May is left out: "a speech by May" is as often a person as a month. */
const MONTH_NOT_MAY =
	'(?:january|february|march|april|june|july|august|september|october|november|december)';
const SHORT_MONTH = '(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)';
const SEASON = '(?:spring|summer|autumn|fall|winter)';
const DAY_NUMBER = '\\d{1,2}(?:st|nd|rd|th)?';
/** An abbreviated month before its day, with or without its full stop: "Aug. 7", "Sept 26". */
const SHORT_MONTH_FIRST = `${SHORT_MONTH}\\.? ${DAY_NUMBER}`;
const YEAR = '\\d{4}';
const WRITTEN_DAY = `(?:${WEEKDAY},? )?(?:${DAY_NUMBER} (?:${MONTH}|${SHORT_MONTH})|${MONTH} ${DAY_NUMBER}|${SHORT_MONTH_FIRST})(?:,? ${YEAR})?`;
const PERIOD = '(?:week|weekend|month|year)';

/** What may follow "since": the resolver's own words. */
const SINCE_WHAT = `(?:${HOLIDAY}|(?:the |last )?${SEASON}|(?:last|this) ${PERIOD}|last ${WEEKDAY}|${WEEKDAY}|yesterday|${WRITTEN_DAY}|${MONTH}(?: ${YEAR})?|${YEAR})`;

/**
 * The news phrasings the resolver reads, most specific first: at each place in the text the
 * first alternative that matches wins, so "since last week" is found whole, not "last week".
 */
const PHRASES = [
	`from ${YEAR} (?:to|until|till) ${YEAR}|between ${YEAR} and ${YEAR}`,
	`(?:${MONTH}|${SHORT_MONTH}\\.?) ${DAY_NUMBER} ?[-–] ?(?:(?:${MONTH}|${SHORT_MONTH}\\.?) )?${DAY_NUMBER}(?:,? ${YEAR})?`,
	`${DAY_NUMBER} ?[-–] ?${DAY_NUMBER} (?:${MONTH}|${SHORT_MONTH})(?: ${YEAR})?`,
	`since ${SINCE_WHAT}`,
	`by the end of (?:the|this|next) (?:week|month|year)`,
	`by (?:${HOLIDAY}|${YEAR}|${WRITTEN_DAY}|${MONTH_NOT_MAY}(?: ${YEAR})?|(?:this|next) ${PERIOD}|(?:${WEEKDAY}|tomorrow)(?: (?:morning|afternoon|evening|night))?)`,
	`(?:earlier|later|so far) this (?:week|month|year)`,
	`(?:the )?(?:first|second|third|fourth)[- ]quarter(?: of ${YEAR})?`,
	`(?:the )?(?:first|second) half(?: of ${YEAR})?`,
	// Not "the last quarter of the century", a part of something else.
	`(?:the )?(?:last|latest|most recent|previous|this|current|next) quarter(?! of)`,
	`Q[1-4](?: ${YEAR})?`,
	`fiscal (?:year )?${YEAR}`,
	`(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,4}) (?:day|week|month|year)s? (?:ago|earlier|later)`,
	// A season with its year, however it is introduced: "in winter 2019", "the summer of 2022".
	`(?:(?:in|during|over|until|till|into|by) )?(?:the )?${SEASON}(?: of)? ${YEAR}`,
	`(?:in|during|over|until|till|into|by) (?:the )?${SEASON}`,
	`(?:this|last|next) (?:${PERIOD}|${WEEKDAY}|${SEASON}|${MONTH})`,
	// "as of" a state at that day; "through" and "until" its end.
	`(?:on |as of |through |until |till )?${WRITTEN_DAY}`,
	`(?:in|during) ${MONTH}(?: ${YEAR})?`,
	`(?:(?:in|during|through) )?the (?:1[5-9]|20)\\d0s`,
	`(?:on |at |over )?${HOLIDAY}`,
	`(?:(?:in|for|during) )?the (?:new|full|whole|current) year`,
	`${MONTH} ${YEAR}`,
	`in ${YEAR}`,
	`(?:(?:on |last |this |next )?${WEEKDAY}|yesterday|tomorrow) (?:morning|afternoon|evening|night)`,
	`tonight|this (?:morning|afternoon|evening)|last (?:night|evening)|(?:until|till|by) midnight`,
	`(?:on )?${WEEKDAY}`,
	'today|yesterday|tomorrow',
	// Tied to the time of writing (see story/dates/presentWords.ts); "current" is no date word.
	PRESENT_WORDS
];

const FINDER = new RegExp(`\\b(?:${PHRASES.join('|')})\\b`, 'gi');

/**
 * A year on its own ("founded 1996"): 1900 to 2099, not a sum of money, a share, a part of a
 * longer number or a count of things ("1996 people").
 */
const BARE_YEAR =
	/(?<![$£€¥#\d.,/-])\b(?:19|20)\d{2}\b(?![%\d/]|[.,]\d|-\d| ?(?:percent|per cent|people|workers|jobs|employees|staff|shares|homes|units|votes|points|miles|feet|metres|meters|tons|tonnes|barrels|cars|members)\b)/g;

/**
 * A month named on its own ("October sales fell", "in January and March"), with its capital:
 * not "may" the verb or "march" the walk, nor a name's last word ("Theresa May"), and never
 * May alone, which is as often a name.
 */
const BARE_MONTH =
	/(?<![A-Z][a-z]* )\b(?:January|February|March|April|June|July|August|September|October|November|December)\b/g;

function ranges(pattern: RegExp, text: string): TextRange[] {
	return [...text.matchAll(pattern)].map((match) => ({
		start: match.index,
		end: match.index + match[0].length
	}));
}

/**
 * Every news date phrase in `text`, as offsets, without overlaps: the phrases, then the years
 * and months alone that are not part of one. Each list is in text order, so one merging walk.
 */
export function findNewsPhrases(text: string): TextRange[] {
	const phrases = ranges(FINDER, text);
	const alone = [...ranges(BARE_YEAR, text), ...ranges(BARE_MONTH, text)].sort(
		(a, b) => a.start - b.start
	);
	const found: TextRange[] = [];
	let next = 0;
	for (const range of alone) {
		while (next < phrases.length && phrases[next]!.end <= range.start) found.push(phrases[next++]!);
		const phrase = phrases[next];
		if (!phrase || phrase.start >= range.end) found.push(range);
	}
	return found.concat(phrases.slice(next));
}
