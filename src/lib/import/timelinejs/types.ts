/**
 * A date in TimelineJS3's JSON format (`start_date`, `end_date`), as its documentation and
 * sample files write it: every part a number or a string of digits, all but `year` optional.
 * Values come from files we do not control, so each is `unknown` until checked.
 * https://timeline.knightlab.com/docs/json-format.html
 */
export interface TimelineJsDate {
	year?: unknown;
	month?: unknown;
	day?: unknown;
	hour?: unknown;
	minute?: unknown;
	second?: unknown;
	millisecond?: unknown;
	display_date?: unknown;
}

export type DateField = keyof TimelineJsDate;
