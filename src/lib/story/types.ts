import type { CheckWords } from '../i18n/checks/en';
/**
 * The resolved story: what the pipeline (anchor quotes, resolve dates) makes of a story
 * file, what components draw and what `/stories/<id>.json` publishes. The authored form is
 * in `storyInput.ts`, read from the schema.
 *
 * The resolved form keeps every authored field, so a published JSON can be fed back
 * through the same pipeline (the embed loads remote stories that way).
 */

import type { STORY_FORMAT } from './storyFormat';
import type {
	Correction,
	EraInput,
	EventInput,
	ExcerptInput,
	SourceInput,
	StoryInput,
	TextStyleInput,
	WhenInput
} from './storyInput';

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
export type DateExtent = NonNullable<WhenInput['extent']>;

/** EDTF's `?` (uncertain), `~` (approximate) and `%` (both). */
export type DateQualifier = 'uncertain' | 'approximate' | 'uncertain-approximate';

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
	/**
	 * What the reading takes for granted, in words, where it takes anything: the hemisphere
	 * of an EDTF season (`2025-21`) or of a season's name, the day weeks start on. In English;
	 * `assumes` is the same as the checker's words, which a reader's view writes in the
	 * reader's language. Readers see it beside the date.
	 */
	assumption?: string;
	assumes?: CheckWords;
	/** Absolute half-open interval [startsAt, endsAt) as UTC ISO date-times, for drawing. */
	startsAt: string;
	endsAt: string;
}

export type ResolvedWhen = WhenInput & ResolvedDate;

/** An excerpt anchored in its source: a W3C TextQuoteSelector plus a TextPositionSelector. */
export interface Excerpt extends ExcerptInput {
	prefix: string;
	suffix: string;
	/** UTF-16 offsets into the source's text: `text.slice(start, end) === exact`. */
	start: number;
	end: number;
}

export interface ResolvedEvent extends Omit<EventInput, 'when' | 'target' | 'excerpts'> {
	when: ResolvedWhen;
	target?: ResolvedWhen;
	excerpts: Excerpt[];
	/** The story's corrections that name this event (see `corrections.ts`); absent if none. */
	corrections?: Correction[];
}

/** A style found in its source: `text.slice(start, end) === exact`. */
export interface TextStyle extends TextStyleInput {
	start: number;
	end: number;
}

export interface Source extends Omit<SourceInput, 'styles'> {
	text: string;
	/** In text order; links never overlap one another. */
	styles?: TextStyle[];
}

export interface Context extends Excerpt {
	reason: string;
}

export type Era = EraInput & ResolvedDate;

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
	/** In English, for the command line, the build and the logs. */
	message: string;
	/**
	 * The same, as the checker's words, which a reader's view writes in the reader's language
	 * (a problem told in one language only, the build's, is `asWritten` with its text).
	 */
	says: CheckWords;
}
