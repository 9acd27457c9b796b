/**
 * The story format. A story file (`story.json`) is authored by hand and checked by
 * `validateStory`; the pipeline (anchor quotes, resolve dates) turns it into a
 * `ResolvedStory`, which is what components draw and what `/stories/<id>.json` publishes.
 *
 * The resolved form keeps every authored field, so a published JSON can be fed back
 * through the same pipeline (the embed loads remote stories that way).
 */

/** The only format this code reads. A later format gets a new number and a migration. */
export const STORY_FORMAT = 'sourceline/story@1';

/** How a date is known. */
export type DateBasis =
	/** The source's own date words give it, resolved against the source's publication date. */
	| 'stated'
	/** Placed by the narrative or by another event; `note` gives the reasoning. */
	| 'inferred'
	/** Outside knowledge, not in the source; `note` says where it comes from. */
	| 'editorial';

/**
 * How finely a resolved interval is known:
 * `instant` a time of day, `day` one calendar day, `span` several days (or a longer period).
 */
export type DatePrecision = 'instant' | 'day' | 'span';

/** TimeML-style qualifier kept from the words (`by 2027` is a deadline, not a day). */
export type DateModifier = 'before';

export type EventKind = 'meeting' | 'statement' | 'travel' | 'announcement' | 'visit' | 'other';

export interface Place {
	name: string;
	/** IANA zone in which the event's calendar days are counted, e.g. `America/New_York`. */
	timeZone: string;
}

/** The date as authored. */
export interface WhenInput {
	/** The date words exactly as the source writes them, or null where none are given. */
	text: string | null;
	basis: DateBasis;
	/**
	 * A date expression in the resolver's grammar. For `stated` it defaults to `text`;
	 * for `inferred` it is our own phrase for what the narrative implies; for `editorial`
	 * an explicit date such as `19 February 2025`.
	 */
	expression?: string;
	/** For `inferred` only: the event happens during the event with this id. */
	sameAs?: string;
	/** For `on <weekday>`: which occurrence is meant when it is not in the publication's week. */
	direction?: 'past' | 'future';
	/** Required for `inferred` (the reasoning) and `editorial` (the outside source). */
	note?: string;
}

/** A resolved interval. Calendar dates are inclusive and counted in `timeZone`. */
export interface ResolvedDate {
	/** ISO date (`2025-02-24`) or date-time with offset, first day of the interval. */
	start: string;
	/** ISO date or date-time, last day of the interval (inclusive). */
	end: string;
	precision: DatePrecision;
	modifier?: DateModifier;
	timeZone: string;
	/** Absolute half-open interval [startsAt, endsAt) as UTC ISO date-times, for drawing. */
	startsAt: string;
	endsAt: string;
}

export type ResolvedWhen = WhenInput & ResolvedDate;

export interface ExcerptInput {
	/** Id of a source of the story. */
	source: string;
	/** Verbatim words of the source (curly quotes and typos included). */
	exact: string;
	/** Text just before `exact`, only needed when `exact` occurs more than once. */
	prefix?: string;
	/** Text just after `exact`, only needed when `exact` occurs more than once. */
	suffix?: string;
}

/** An excerpt anchored in its source: a W3C TextQuoteSelector plus a TextPositionSelector. */
export interface Excerpt extends ExcerptInput {
	prefix: string;
	suffix: string;
	/** UTF-16 offsets into the source's text: `text.slice(start, end) === exact`. */
	start: number;
	end: number;
}

export interface EventInput {
	/** Stable slug, unique in the story. */
	id: string;
	title: string;
	/** One line in our own words. */
	summary: string;
	kind: EventKind;
	actors: string[];
	place: Place;
	when: WhenInput;
	/** A date the event points to, such as a pledge's deadline (`by 2027`); not drawn. */
	target?: WhenInput;
	excerpts: ExcerptInput[];
}

export interface ResolvedEvent extends Omit<EventInput, 'when' | 'target' | 'excerpts'> {
	when: ResolvedWhen;
	target?: ResolvedWhen;
	excerpts: Excerpt[];
}

export interface PublishedInput {
	/** ISO date, or date-time with offset. */
	date: string;
	timeZone: string;
	basis: DateBasis;
	note?: string;
}

export interface SourceInput {
	id: string;
	publisher: string;
	/** Null where the source's headline is not known. */
	title: string | null;
	url?: string;
	/** BCP 47 tag, e.g. `en-GB`. */
	language: string;
	published: PublishedInput;
	/** File name beside story.json; the build reads it into `text`. */
	file?: string;
	/** SHA-256 (hex) of the file's bytes: the build refuses a source that has drifted. */
	sha256?: string;
	/** The source's full text, byte-exact. */
	text?: string;
}

export interface Source extends SourceInput {
	text: string;
}

/** A passage that reports no happening (analysis, background), with the reason. */
export interface ContextInput extends ExcerptInput {
	reason: string;
}

export interface Context extends Excerpt {
	reason: string;
}

export interface StoryInput {
	format: typeof STORY_FORMAT;
	id: string;
	title: string;
	summary: string;
	language: string;
	/** IANA zone the axis is drawn in; shown to the reader. */
	displayTimeZone: string;
	sources: SourceInput[];
	events: EventInput[];
	context?: ContextInput[];
}

export interface ResolvedStory extends Omit<StoryInput, 'sources' | 'events' | 'context'> {
	sources: Source[];
	/** In time order: by start, then end, then id. */
	events: ResolvedEvent[];
	context: Context[];
}

/** One problem in a story, located precisely enough to fix it. */
export interface StoryIssue {
	/** The story file (or URL) the problem is in. */
	file: string;
	/** The event id, where the problem is inside an event. */
	eventId?: string;
	/** JSON path of the field, e.g. `events[3].when.text`. */
	field: string;
	message: string;
}
