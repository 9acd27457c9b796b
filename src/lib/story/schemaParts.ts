import * as v from 'valibot';
import { httpUrl } from '../ui/httpUrl';
import { parseIsoInstant } from './dates/isoDate';
import { describeValue } from './describeValue';

/** The pieces the story format (`schema.ts`) is built of, each with its own clear message. */

/** The message of a wrong type or a missing field: "Expected an object, got null". */
export const expected =
	(what: string) =>
	(issue: v.BaseIssue<unknown>): string =>
		issue.input === undefined
			? 'Required, but missing'
			: `Expected ${what}, got ${describeValue(issue.input)}`;

/** Every issue without a message of its own (a missing key is reported by its object). */
export const fallbackMessage = (issue: v.BaseIssue<unknown>): string =>
	issue.input === undefined ? 'Required, but missing' : `Invalid value ${issue.received}`;

export const object = <T extends v.ObjectEntries>(entries: T) =>
	v.looseObject(entries, expected('an object'));

/** A string that may be empty (a passage at the very start of its source has no prefix). */
export const anyString = v.string(expected('a string'));

const nonEmpty = v.pipe(anyString, v.regex(/\S/, 'Must not be empty'));

/**
 * The most characters of a name or title (a story's, an event's, a place's…) and of a line
 * of prose (a summary, a note, a caption). A label of thousands of characters has no room on
 * a timeline or a phone; a story from a stranger is capped so that none can stretch the page.
 */
export const MAX_NAME = 300;
export const MAX_PROSE = 5000;

/** A string within `max` characters, saying how long it is where it is longer. */
export const capped = <T extends v.GenericSchema<string, string>>(schema: T, max: number) =>
	v.pipe(
		schema,
		v.maxLength(
			max,
			(issue) =>
				`Too long: ${String(issue.input).length.toLocaleString('en-GB')} characters, where at most ${max.toLocaleString('en-GB')} fit`
		)
	);

/** A non-empty string; a name at most `MAX_NAME` characters long, unless `max` says more. */
export const text = (description?: string, max = MAX_NAME) => {
	const schema = capped(nonEmpty, max);
	return description === undefined ? schema : v.pipe(schema, v.description(description));
};

/** A source's own words: as long as the source has them. */
export const verbatim = (description: string) => v.pipe(nonEmpty, v.description(description));

/** A line of prose (a summary, a note, a caption): at most `MAX_PROSE` characters. */
export const prose = (description?: string) => text(description, MAX_PROSE);

export const list = <T extends v.GenericSchema>(item: T, nonEmpty: boolean) =>
	v.pipe(
		v.array(item, expected('an array')),
		v.check((items) => !nonEmpty || items.length > 0, 'Needs at least one entry')
	);

export const oneOf = <const T extends readonly string[]>(options: T) =>
	v.picklist(options, (issue) => {
		const allowed = options.map((option) => `"${option}"`).join(', ');
		const got = issue.input === undefined ? 'it is missing' : `got ${JSON.stringify(issue.input)}`;
		return `Expected one of ${allowed}; ${got}`;
	});

/** A moment, written as an ISO date-time with its offset: `2025-03-03T09:00:00+00:00`. */
export const instant = v.pipe(
	text('An ISO date-time with offset, e.g. "2025-03-03T09:00:00+00:00".'),
	v.check(
		(value) => parseIsoInstant(value) !== null,
		(issue) =>
			`"${String(issue.input)}" is not an ISO date-time with offset, e.g. "2025-03-03T09:00:00+00:00"`
	)
);

/** Room for the longest addresses browsers and servers commonly accept. */
const MAX_URL = 2048;

export const url = v.pipe(
	text('An http(s) address.', MAX_URL),
	v.check(
		(value) => httpUrl(value) !== null,
		(issue) => `"${String(issue.input)}" is not an http(s) URL`
	)
);

type Fields = Record<string, unknown>;

/**
 * A rule between the fields of one object, reported at `key` (or at the object). It runs
 * even where other fields have problems, so every problem is found in one pass; `test`
 * reads raw values and compares them to literals, so a wrong type never throws.
 */
export function rule<T>(
	test: (fields: Fields) => boolean,
	message: string,
	key?: string
): v.RawCheckAction<T> {
	return v.rawCheck<T>(({ dataset, addIssue }) => {
		const value: unknown = dataset.value;
		if (typeof value !== 'object' || value === null) return;
		const fields = value as Fields;
		if (test(fields)) return;
		addIssue({
			message,
			...(key !== undefined && {
				path: [{ type: 'object', origin: 'value', input: fields, key, value: fields[key] }]
			})
		});
	});
}
