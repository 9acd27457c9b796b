/**
 * TimelineJS3's JSON format, as its documentation and sample files write it. Values come
 * from files we do not control, so every field is `unknown` until checked.
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

export interface TimelineJsSlide {
	start_date?: unknown;
	end_date?: unknown;
	display_date?: unknown;
	text?: unknown;
	media?: unknown;
	group?: unknown;
	unique_id?: unknown;
	background?: unknown;
}

export interface TimelineJsFile {
	title?: unknown;
	events?: unknown;
	eras?: unknown;
}

/** Where a slide came from, for messages: a JSON path, or a spreadsheet row. */
export interface SlideOrigin {
	/** `events[3]`, `title`, `eras[0]`, or `row 5` for a spreadsheet. */
	path: string;
	/** How a date field is named there: `start_date.month` in JSON, `Month` in a sheet. */
	field: (part: DateField, end: boolean) => string;
}

export type DateField = keyof TimelineJsDate;
