/**
 * A TimelineJS timeline read from either of its file types (JSON or a spreadsheet), before
 * conversion: its slides, each with where it came from, so every message can name the slide
 * and the field as the author knows them.
 */
export interface Slide {
	data: Record<string, unknown>;
	/** `events[3]` in JSON, `row 5` in a spreadsheet. */
	where: string;
}

export interface Timeline {
	title: Slide | null;
	events: Slide[];
	eras: Slide[];
	/** How a field is named in this file type: `start_date.month`, or `Month` in a sheet. */
	fieldName: (path: string) => string;
	/** Says where the dates come from, for each date's `note`. */
	dateNote: string;
}
