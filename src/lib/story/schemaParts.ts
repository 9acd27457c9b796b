import * as v from 'valibot';
import { httpUrl } from '../ui/httpUrl';
import { parseIsoInstant } from './dates/isoDate';
import { describeValue } from './describeValue';
import { encoded } from './said';
import type { CheckKey } from '../i18n/checks/en';

/** The pieces the story format (`schema.ts`) is built of, each with its own clear message. */

/** The message of a wrong type or a missing field: "Expected an object, got null". */
export const expected =
	(what: CheckKey) =>
	(issue: v.BaseIssue<unknown>): string =>
		issue.input === undefined
			? encoded('required')
			: encoded('expected', { what: { key: what }, got: describeValue(issue.input) });

/** Every issue without a message of its own (a missing key is reported by its object). */
export const fallbackMessage = (issue: v.BaseIssue<unknown>): string =>
	issue.input === undefined ? encoded('required') : encoded('invalid', { value: issue.received });

export const object = <T extends v.ObjectEntries>(entries: T) =>
	v.looseObject(entries, expected('anObject'));

/** A string that may be empty (a passage at the very start of its source has no prefix). */
export const anyString = v.string(expected('aString'));

const nonEmpty = v.pipe(anyString, v.regex(/\S/, encoded('empty')));

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
		v.maxLength(max, (issue) => encoded('tooLong', { length: String(issue.input).length, max }))
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
		v.array(item, expected('anArray')),
		v.check((items) => !nonEmpty || items.length > 0, encoded('noEntry'))
	);

export const oneOf = <const T extends readonly string[]>(options: T) =>
	v.picklist(options, (issue) => {
		const allowed = options.map((option) => `"${option}"`).join(', ');
		return issue.input === undefined
			? encoded('oneOfMissing', { allowed })
			: encoded('oneOfGot', { allowed, value: JSON.stringify(issue.input) ?? String(issue.input) });
	});

/** A moment, written as an ISO date-time with its offset: `2025-03-03T09:00:00+00:00`. */
export const instant = v.pipe(
	text('An ISO date-time with offset, e.g. "2025-03-03T09:00:00+00:00".'),
	v.check(
		(value) => parseIsoInstant(value) !== null,
		(issue) => encoded('notInstant', { value: String(issue.input) })
	)
);

/** Room for the longest addresses browsers and servers commonly accept. */
const MAX_URL = 2048;

export const url = v.pipe(
	text('An http(s) address.', MAX_URL),
	v.check(
		(value) => httpUrl(value) !== null,
		(issue) => encoded('notUrl', { value: String(issue.input) })
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
