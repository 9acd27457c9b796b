/**
 * The story format. A story file (`story.json`) is authored by hand and checked by
 * `validateStory`; the pipeline (anchor quotes, resolve dates) turns it into a
 * `ResolvedStory`, which is what components draw and what `/stories/<id>.json` publishes.
 *
 * The resolved form keeps every authored field, so a published JSON can be fed back
 * through the same pipeline (the embed loads remote stories that way).
 */

/** The format this code writes. A later format gets a new number and a migration. */
export const STORY_FORMAT = 'sourceline/story@3';
/** Every format this code reads: older ones are migrated to `STORY_FORMAT` on load. */
export const READABLE_STORY_FORMATS = [
	'sourceline/story@1',
	'sourceline/story@2',
	STORY_FORMAT
] as const;
export type StoryFormat = (typeof READABLE_STORY_FORMATS)[number];

/** How a date is known. */
export type DateBasis =
	/** The source's own date words give it, resolved against the source's publication date. */
	| 'stated'
	/** Placed by the narrative or by another event; `note` gives the reasoning. */
	| 'inferred'
	/** Outside knowledge, not in the source; `note` says where it comes from. */
	| 'editorial';

/**
 * How finely a resolved interval is known: `instant` a time of day; `day`, `month`, `year`,
 * `decade` one whole calendar unit; `span` an interval between two ends, each written at its
 * own precision (`earlier this week`, `1943-07/1946`, `2024-01-02T14:51Z/2024-01-03T10:00Z`).
 */
export type DatePrecision = 'instant' | 'day' | 'month' | 'year' | 'decade' | 'span';

/**
 * TimeML-style qualifier kept from the words: `before` a deadline or an open start
 * (`by 2027`, `../1985`), `after` an open end (`1985/..`). The interval is the known part.
 */
export type DateModifier = 'before' | 'after';

/**
 * How the event fills its interval: `within` it happened at some moment inside it (the words
 * give a range it fell in: `earlier this week`, `in 2019`, an EDTF set `[2025-02-24..2025-02-26]`);
 * `throughout` it lasted the whole of it (a duration: `from Monday to Wednesday`, an EDTF
 * interval `1943-07/1946`). A single day, month or year is `within` unless said otherwise.
 */
export type DateExtent = 'within' | 'throughout';

/** EDTF's `?` (uncertain), `~` (approximate) and `%` (both). */
export type DateQualifier = 'uncertain' | 'approximate' | 'uncertain-approximate';

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
	 * A date expression: the resolver's date words, or EDTF (ISO 8601-2 levels 0 and 1:
	 * `1970-04`, `1952`, `1815~`, `1943-07/1946`, `2024-01-02T14:51Z/2024-01-03T10:00Z`).
	 * For `stated` it defaults to `text`; for `inferred` it is our own phrase for what the
	 * narrative implies; for `editorial` an explicit date such as `19 February 2025`.
	 */
	expression?: string;
	/**
	 * Id of the source whose publication date the words are read against; by default the
	 * source of the event's first excerpt.
	 */
	source?: string;
	/** For `inferred` only: the event happens during the event with this id. */
	sameAs?: string;
	/** For `on <weekday>`: which occurrence is meant when it is not in the publication's week. */
	direction?: 'past' | 'future';
	/**
	 * Whether the event happened some time `within` the resolved interval or lasted
	 * `throughout` it, where the words alone would say otherwise (see `DateExtent`).
	 */
	extent?: DateExtent;
	/** Required for `inferred` (the reasoning) and `editorial` (the outside source). */
	note?: string;
}

/**
 * A resolved interval. Calendar dates are inclusive and counted in `timeZone`.
 * `start` and `end` are ISO 8601 at their own precision: `1952`, `1970-04`, `2025-02-24`,
 * or a date-time with its offset (`2025-02-27T09:30:00-05:00`).
 */
export interface ResolvedDate {
	/** First unit of the interval (for a decade, its first year). */
	start: string;
	/** Last unit of the interval, inclusive (for a decade, its last year). */
	end: string;
	precision: DatePrecision;
	/** As authored, or else as the words imply: see `DateExtent`. Eras are `throughout`. */
	extent: DateExtent;
	modifier?: DateModifier;
	qualifier?: DateQualifier;
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

/** A picture or a link shown with an event in the reading panel. Only http(s) URLs. */
export interface MediaInput {
	kind: 'image' | 'link';
	url: string;
	/** Required for an image: what it shows, for readers who cannot see it. */
	alt?: string;
	caption?: string;
	credit?: string;
}

export interface EventInput {
	/** Stable slug, unique in the story. */
	id: string;
	title: string;
	/** One line in our own words. */
	summary: string;
	kind: EventKind;
	actors: string[];
	/** Where it happened; without one, days are counted in the story's `displayTimeZone`. */
	place?: Place;
	/** The label of the track the event is drawn in (and its heading in the list). */
	group?: string;
	when: WhenInput;
	/** A date the event points to, such as a pledge's deadline (`by 2027`); not drawn. */
	target?: WhenInput;
	excerpts: ExcerptInput[];
	media?: MediaInput;
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
	/** Terms of reuse where they must be shown, e.g. `MPL-2.0`. */
	license?: string;
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

/** A named period drawn as a background band, e.g. a war or a term of office. */
export interface EraInput {
	/** Slug, unique among the story's eras. */
	id: string;
	label: string;
	/**
	 * EDTF or date words, resolved in the story's `displayTimeZone`; date words are read
	 * against the publication of the story's first source.
	 */
	expression: string;
}

export type Era = EraInput & ResolvedDate;

export interface StoryInput {
	/** Optional pointer to the JSON Schema (`/story.schema.json`), for editors. */
	$schema?: string;
	format: StoryFormat;
	id: string;
	title: string;
	summary: string;
	language: string;
	/** IANA zone the axis is drawn in; shown to the reader. */
	displayTimeZone: string;
	sources: SourceInput[];
	events: EventInput[];
	context?: ContextInput[];
	eras?: EraInput[];
}

export interface ResolvedStory extends Omit<
	StoryInput,
	'format' | 'sources' | 'events' | 'context' | 'eras'
> {
	format: typeof STORY_FORMAT;
	sources: Source[];
	/** In time order: by start, then end, then id. */
	events: ResolvedEvent[];
	context: Context[];
	/** In time order. */
	eras: Era[];
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
