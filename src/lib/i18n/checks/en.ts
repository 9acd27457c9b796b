import type { Widened } from '../en';
import type { asWrittenEn } from './asWrittenEn';
import type { dateWordsEn } from './dateWordsEn';
import type { importEn } from './importEn';
import type { readingsEn } from './readingsEn';
import type { seasonReadingsEn } from './seasonReadingsEn';

/**
 * What the story checker says of a story's problems, in British English: each problem a
 * message whose `{places}` a check fills (see `CheckWords`). The checker writes its English
 * message from here (for the command line and the build); a reader's view shows the same
 * problem from its language's catalogue (catalogues/*.ts), loaded with the view. The date
 * word rules' reasons are in dateWordsEn.ts, loaded with those rules; the notes on what a
 * reading takes for granted in readingsEn.ts and seasonReadingsEn.ts; the TimelineJS
 * import's problems in importEn.ts, loaded with the importer; english.ts has them all.
 */
export const checkCoreEn = {
	says: {
		// Values, as a problem names them ("Expected an object, got null").
		anObject: 'an object',
		aString: 'a string',
		anArray: 'an array',
		aNumber: 'a number',
		aBoolean: 'a boolean',
		null: 'null',
		aValue: 'a value of type {type}',
		// The shape of a story.
		required: 'Required, but missing',
		expected: 'Expected {what}, got {got}',
		invalid: 'Invalid value {value}',
		empty: 'Must not be empty',
		tooLong: 'Too long: {length} characters, where at most {max} fit',
		noEntry: 'Needs at least one entry',
		oneOfMissing: 'Expected one of {allowed}; it is missing',
		oneOfGot: 'Expected one of {allowed}; got {value}',
		wholeNumber: 'Expected a whole number, 0 or more',
		tooDeep:
			'Nested more than {max} levels deep: no field of a story goes that far down, so this one is not part of a story (take it out)',
		formatMissing: 'Missing format; the supported format is "{format}"',
		formatUnsupported: 'Unsupported format {value}; the supported format is "{format}"',
		notSlug:
			'"{value}" is not a slug: use lower-case letters, digits and single hyphens, e.g. "starmer-meets-trump"',
		notLanguage: '"{value}" is not a BCP 47 language tag such as "en-GB"',
		notUrl: '"{value}" is not an http(s) URL',
		notInstant: '"{value}" is not an ISO date-time with offset, e.g. "2025-03-03T09:00:00+00:00"',
		notPublished:
			'"{value}" is not an ISO date (2025-02-27) or a date-time with offset (2025-02-27T09:30:00+00:00)',
		sourceText: 'A source needs "text" or a "file" the build reads into it',
		statedText: 'A stated date needs "text": the date words as the source writes them',
		inferredNote: 'An inferred date needs a "note" giving the reasoning',
		inferredOne: 'An inferred date needs exactly one of "expression" and "sameAs"',
		editorialNote: 'An editorial date needs a "note" saying where it comes from',
		editorialExpression: 'An editorial date needs an "expression", e.g. "19 February 2025"',
		mediaHost: '"{kind}" media plays only from {hosts}: use "link" for other addresses',
		imageAlt: 'An image needs "alt": what it shows, for readers who cannot see it',
		linkHref: 'A link needs "href": the http(s) address it goes to',
		linkOverlap: 'This link overlaps the link at styles[{at}]; links cannot nest',
		// Between the entries of a story.
		noSource: 'No source of the story has the id "{id}"',
		noEvent: 'No event has the id "{id}"',
		duplicateId: 'Duplicate {what} id "{id}", already used by {first}',
		sameAsInferred: '"sameAs" is only for inferred dates',
		sameAsSelf: 'An event cannot take its date from itself',
		sameAsLoop: '"sameAs" goes round in a circle: {loop}',
		dateNotQuoted:
			'"{text}" is not in any of the event\'s excerpts; quote the source\'s date words verbatim',
		noText: 'Source "{id}" has no text',
		noTextFile: 'Source "{id}" has no text (the build reads it from "{file}")',
		// A quote and its source.
		inSource: '{problem} (source "{source}")',
		quoteEmpty: 'The quote is empty',
		quoteAmbiguous:
			'The quote occurs more than once in the source; add a prefix or suffix (the text just before or after it) to say which one',
		contextOnce: 'The quote occurs once in the source, but never with the given prefix/suffix',
		contextMany:
			'The quote occurs more than once in the source, but never with the given prefix/suffix',
		notVerbatim: 'The quote is not in the source verbatim',
		curlyInSource:
			'The quote is not in the source verbatim: the source uses curly quotes (‘ ’ “ ”) where the quote has straight ones; copy it exactly',
		straightInSource:
			'The quote is not in the source verbatim: the source uses straight quotes (\' ") where the quote has curly ones; copy it exactly',
		// Dates: a problem of `{words}`, its `{reason}` one of the lower-case ones below.
		cannotResolve: 'Cannot resolve "{words}": {reason}',
		unrecognised:
			'Unrecognised date words "{words}"; expected e.g. "this Friday", "earlier this week", "19 February 2025"',
		publishedNotIso:
			'Publication date "{value}" is not an ISO date (2025-02-27) or date-time with offset (2025-02-27T09:30:00+00:00)',
		unknownZone:
			'Unknown time zone "{zone}"; expected an IANA name such as "Europe/London" or "America/New_York"',
		noPublication:
			"the source's publication date is not known, so only a date in EDTF (1943-07-14) or ISO can be read",
		noWordRules: 'the rules that read date words are not loaded here',
		notEdtf:
			'it is not an EDTF date (levels 0 and 1), e.g. "1952", "1970-04", "196X", "1815~", "1943-07/1946", "2024-01-02T14:51Z"',
		needsOffset:
			'a date-time must be a real one and carry its UTC offset, e.g. "2025-02-27T09:30-05:00" or "2025-02-27T14:30Z"',
		yearRange: 'year {year} is beyond what a timeline can draw: from {min} (271,821 BC) to {max}',
		noKnownEnd: 'an interval needs at least one known end',
		endsBefore: 'the interval ends before it starts',
		setUnknown: 'a set needs every member known, e.g. "[2025-02-24..2025-02-26]"',
		notCalendar: 'it is not a valid calendar date',
		source: 'source',
		event: 'event',
		era: 'era'
	}
};

/** What every catalogue of the checker's words holds. */
export type CheckMessages = Widened<{
	says: typeof checkCoreEn.says &
		typeof dateWordsEn &
		typeof readingsEn &
		typeof seasonReadingsEn &
		typeof importEn &
		typeof asWrittenEn;
}>;

/** A problem (or a word in one), as one of the catalogue's messages. */
export type CheckKey = keyof CheckMessages['says'];

/** A value a problem is filled with: text as it is, a count, or a word of the catalogue. */
export type CheckValue = string | number | CheckWords;

/** What a check says: its message and the values of its places. */
export interface CheckWords {
	key: CheckKey;
	values?: Record<string, CheckValue>;
}
