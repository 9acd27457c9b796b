import { isIsoDateOrInstant } from './isoDate';
import { isValidTimeZone, unknownTimeZoneMessage } from './timeZone';
import {
	READABLE_STORY_FORMATS,
	STORY_FORMAT,
	type DateBasis,
	type EventKind,
	type StoryInput,
	type StoryIssue
} from './types';

export type ValidateResult = { ok: true; story: StoryInput } | { ok: false; issues: StoryIssue[] };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const EVENT_KINDS: readonly EventKind[] = [
	'meeting',
	'statement',
	'travel',
	'announcement',
	'visit',
	'other'
];
const BASES: readonly DateBasis[] = ['stated', 'inferred', 'editorial'];
const DIRECTIONS = ['past', 'future'] as const;

type Fields = Record<string, unknown>;

/** Where issues go, and the event they are inside (if any). */
interface Scope {
	file: string;
	eventId?: string;
	issues: StoryIssue[];
}

/** Ids known before the events are checked, for cross-references. */
interface Known {
	sourceIds: Set<string>;
	eventIds: Set<string>;
}

/**
 * Checks the shape of an authored (or already resolved) story, collecting every problem.
 * Unknown fields are allowed, so later additions and resolved fields pass through.
 */
export function validateStory(input: unknown, file: string): ValidateResult {
	const scope: Scope = { file, issues: [] };
	const story = record(scope, input, '(root)');
	if (!story) return { ok: false, issues: scope.issues };

	if (!(READABLE_STORY_FORMATS as readonly unknown[]).includes(story.format)) {
		const found =
			story.format === undefined
				? 'Missing format'
				: `Unsupported format ${JSON.stringify(story.format)}`;
		report(scope, 'format', `${found}; the supported format is "${STORY_FORMAT}"`);
	}
	slug(scope, story, 'id', '');
	requiredString(scope, story, 'title', '');
	requiredString(scope, story, 'summary', '');
	language(scope, story, 'language', '');
	zone(scope, story, 'displayTimeZone', '');

	const known: Known = {
		sourceIds: checkSources(scope, list(scope, story, 'sources', '', true) ?? []),
		eventIds: stringIds(story.events)
	};
	checkEvents(scope, list(scope, story, 'events', '', true) ?? [], known);
	const context = optionalList(scope, story, 'context', '') ?? [];
	context.forEach((entry, i) => checkContextEntry(scope, entry, `context[${i}]`, known));

	return scope.issues.length > 0
		? { ok: false, issues: scope.issues }
		: { ok: true, story: input as StoryInput };
}

// ── Sources ─────────────────────────────────────────────────────────────────

function checkSources(scope: Scope, sources: unknown[]): Set<string> {
	const seen = new Map<string, string>();
	sources.forEach((value, i) => {
		const path = `sources[${i}]`;
		const source = record(scope, value, path);
		if (!source) return;
		uniqueSlug(scope, source, path, seen, 'source');
		requiredString(scope, source, 'publisher', path);
		nullableString(scope, source, 'title', path);
		url(scope, source, 'url', path);
		language(scope, source, 'language', path);
		checkPublished(scope, source.published, `${path}.published`);
		optionalString(scope, source, 'file', path);
		if (source.text !== undefined && typeof source.text !== 'string') {
			report(scope, `${path}.text`, `Expected a string, got ${describe(source.text)}`);
		}
		if (source.text === undefined && source.file === undefined) {
			report(scope, `${path}.text`, 'A source needs "text" or a "file" the build reads into it');
		}
	});
	return new Set(seen.keys());
}

function checkPublished(scope: Scope, value: unknown, path: string): void {
	const published = record(scope, value, path);
	if (!published) return;
	const date = requiredString(scope, published, 'date', path);
	if (date !== undefined && !isIsoDateOrInstant(date)) {
		report(
			scope,
			`${path}.date`,
			`"${date}" is not an ISO date (2025-02-27) or a date-time with offset (2025-02-27T09:30:00+00:00)`
		);
	}
	zone(scope, published, 'timeZone', path);
	const basis = oneOf(scope, published, 'basis', path, BASES);
	optionalString(scope, published, 'note', path);
	requireNoteFor(scope, published, basis, path);
}

// ── Events ──────────────────────────────────────────────────────────────────

function checkEvents(scope: Scope, events: unknown[], known: Known): void {
	const seen = new Map<string, string>();
	events.forEach((value, i) => {
		const path = `events[${i}]`;
		const event = record(scope, value, path);
		if (!event) return;
		const id = typeof event.id === 'string' ? event.id : undefined;
		const inside: Scope = id === undefined ? scope : { ...scope, eventId: id };
		uniqueSlug(inside, event, path, seen, 'event');
		requiredString(inside, event, 'title', path);
		requiredString(inside, event, 'summary', path);
		oneOf(inside, event, 'kind', path, EVENT_KINDS);
		checkActors(inside, list(inside, event, 'actors', path, false) ?? [], `${path}.actors`);
		checkPlace(inside, event.place, `${path}.place`);
		checkWhen(inside, event.when, `${path}.when`, known, id);
		if (event.target !== undefined) checkWhen(inside, event.target, `${path}.target`, known, id);
		const excerpts = list(inside, event, 'excerpts', path, true) ?? [];
		excerpts.forEach((excerpt, j) =>
			checkExcerpt(inside, excerpt, `${path}.excerpts[${j}]`, known)
		);
	});
}

function checkActors(scope: Scope, actors: unknown[], path: string): void {
	actors.forEach((actor, i) => nonEmptyString(scope, actor, `${path}[${i}]`));
}

function checkPlace(scope: Scope, value: unknown, path: string): void {
	const place = record(scope, value, path);
	if (!place) return;
	requiredString(scope, place, 'name', path);
	zone(scope, place, 'timeZone', path);
}

function checkWhen(
	scope: Scope,
	value: unknown,
	path: string,
	known: Known,
	eventId: string | undefined
): void {
	const when = record(scope, value, path);
	if (!when) return;
	const text = nullableString(scope, when, 'text', path);
	const basis = oneOf(scope, when, 'basis', path, BASES);
	optionalString(scope, when, 'expression', path);
	optionalString(scope, when, 'note', path);
	optionalOneOf(scope, when, 'direction', path, DIRECTIONS);
	checkSameAs(scope, when, path, known, eventId);
	requireNoteFor(scope, when, basis, path);

	if (basis === 'stated' && text === null) {
		report(
			scope,
			`${path}.text`,
			'A stated date needs "text": the date words as the source writes them'
		);
	}
	if (basis !== 'inferred' && when.sameAs !== undefined) {
		report(scope, `${path}.sameAs`, '"sameAs" is only for inferred dates');
	}
	if (basis === 'inferred' && (when.expression === undefined) === (when.sameAs === undefined)) {
		report(scope, path, 'An inferred date needs exactly one of "expression" and "sameAs"');
	}
	if (basis === 'editorial' && when.expression === undefined) {
		report(
			scope,
			`${path}.expression`,
			'An editorial date needs an "expression", e.g. "19 February 2025"'
		);
	}
}

function checkSameAs(
	scope: Scope,
	when: Fields,
	path: string,
	known: Known,
	eventId: string | undefined
): void {
	const sameAs = optionalString(scope, when, 'sameAs', path);
	if (sameAs === undefined) return;
	if (sameAs === eventId) {
		report(scope, `${path}.sameAs`, 'An event cannot take its date from itself');
	} else if (!known.eventIds.has(sameAs)) {
		report(scope, `${path}.sameAs`, `No event has the id "${sameAs}"`);
	}
}

/** Inferred and editorial dates must say why. */
function requireNoteFor(
	scope: Scope,
	fields: Fields,
	basis: DateBasis | undefined,
	path: string
): void {
	if (fields.note !== undefined) return;
	if (basis === 'inferred')
		report(scope, `${path}.note`, 'An inferred date needs a "note" giving the reasoning');
	if (basis === 'editorial') {
		report(scope, `${path}.note`, 'An editorial date needs a "note" saying where it comes from');
	}
}

// ── Excerpts and context ────────────────────────────────────────────────────

function checkExcerpt(
	scope: Scope,
	value: unknown,
	path: string,
	known: Known
): Fields | undefined {
	const excerpt = record(scope, value, path);
	if (!excerpt) return undefined;
	const source = requiredString(scope, excerpt, 'source', path);
	if (source !== undefined && !known.sourceIds.has(source)) {
		report(scope, `${path}.source`, `No source of the story has the id "${source}"`);
	}
	requiredString(scope, excerpt, 'exact', path);
	// May be empty: a resolved excerpt at the very start or end of its source has no context.
	typedString(scope, excerpt, 'prefix', path);
	typedString(scope, excerpt, 'suffix', path);
	return excerpt;
}

function checkContextEntry(scope: Scope, value: unknown, path: string, known: Known): void {
	const entry = checkExcerpt(scope, value, path, known);
	if (entry) requiredString(scope, entry, 'reason', path);
}

// ── Field helpers: each reports its own problem and returns the value when valid ──

function report(scope: Scope, field: string, message: string): void {
	const issue: StoryIssue = { file: scope.file, field, message };
	if (scope.eventId !== undefined) issue.eventId = scope.eventId;
	scope.issues.push(issue);
}

function join(path: string, key: string): string {
	return path === '' ? key : `${path}.${key}`;
}

function describe(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'an array';
	const type = typeof value;
	return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function record(scope: Scope, value: unknown, path: string): Fields | undefined {
	if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Fields;
	report(
		scope,
		path,
		value === undefined ? 'Required, but missing' : `Expected an object, got ${describe(value)}`
	);
	return undefined;
}

function nonEmptyString(scope: Scope, value: unknown, field: string): string | undefined {
	if (value === undefined) {
		report(scope, field, 'Required, but missing');
	} else if (typeof value !== 'string') {
		report(scope, field, `Expected a string, got ${describe(value)}`);
	} else if (value.trim() === '') {
		report(scope, field, 'Must not be empty');
	} else {
		return value;
	}
	return undefined;
}

function requiredString(
	scope: Scope,
	fields: Fields,
	key: string,
	path: string
): string | undefined {
	return nonEmptyString(scope, fields[key], join(path, key));
}

function optionalString(
	scope: Scope,
	fields: Fields,
	key: string,
	path: string
): string | undefined {
	return fields[key] === undefined ? undefined : requiredString(scope, fields, key, path);
}

/** A key that must be present, holding a non-empty string or null. */
function nullableString(
	scope: Scope,
	fields: Fields,
	key: string,
	path: string
): string | null | undefined {
	return fields[key] === null ? null : requiredString(scope, fields, key, path);
}

/** An optional string that may be empty. */
function typedString(scope: Scope, fields: Fields, key: string, path: string): void {
	const value = fields[key];
	if (value !== undefined && typeof value !== 'string') {
		report(scope, join(path, key), `Expected a string, got ${describe(value)}`);
	}
}

function slug(scope: Scope, fields: Fields, key: string, path: string): string | undefined {
	const value = requiredString(scope, fields, key, path);
	if (value === undefined || SLUG.test(value)) return value;
	report(
		scope,
		join(path, key),
		`"${value}" is not a slug: use lower-case letters, digits and single hyphens, e.g. "starmer-meets-trump"`
	);
	return undefined;
}

/** A slug `id` not used by an earlier entry; `seen` maps ids to where they were first used. */
function uniqueSlug(
	scope: Scope,
	fields: Fields,
	path: string,
	seen: Map<string, string>,
	what: string
): void {
	const id = slug(scope, fields, 'id', path);
	if (id === undefined) return;
	const first = seen.get(id);
	if (first === undefined) seen.set(id, path);
	else report(scope, `${path}.id`, `Duplicate ${what} id "${id}", already used by ${first}`);
}

function zone(scope: Scope, fields: Fields, key: string, path: string): void {
	const value = requiredString(scope, fields, key, path);
	if (value !== undefined && !isValidTimeZone(value)) {
		report(scope, join(path, key), unknownTimeZoneMessage(value));
	}
}

function language(scope: Scope, fields: Fields, key: string, path: string): void {
	const value = requiredString(scope, fields, key, path);
	if (value === undefined) return;
	try {
		Intl.getCanonicalLocales(value);
	} catch {
		report(scope, join(path, key), `"${value}" is not a BCP 47 language tag such as "en-GB"`);
	}
}

function url(scope: Scope, fields: Fields, key: string, path: string): void {
	const value = optionalString(scope, fields, key, path);
	if (value === undefined) return;
	let protocol = '';
	try {
		protocol = new URL(value).protocol;
	} catch {
		// Reported below.
	}
	if (protocol !== 'http:' && protocol !== 'https:') {
		report(scope, join(path, key), `"${value}" is not an http(s) URL`);
	}
}

function oneOf<T extends string>(
	scope: Scope,
	fields: Fields,
	key: string,
	path: string,
	allowed: readonly T[]
): T | undefined {
	const value = fields[key];
	if ((allowed as readonly unknown[]).includes(value)) return value as T;
	const expected = allowed.map((option) => `"${option}"`).join(', ');
	const got = value === undefined ? 'it is missing' : `got ${JSON.stringify(value)}`;
	report(scope, join(path, key), `Expected one of ${expected}; ${got}`);
	return undefined;
}

function optionalOneOf<T extends string>(
	scope: Scope,
	fields: Fields,
	key: string,
	path: string,
	allowed: readonly T[]
): void {
	if (fields[key] !== undefined) oneOf(scope, fields, key, path, allowed);
}

function list(
	scope: Scope,
	fields: Fields,
	key: string,
	path: string,
	nonEmpty: boolean
): unknown[] | undefined {
	const value = fields[key];
	const field = join(path, key);
	if (!Array.isArray(value)) {
		report(
			scope,
			field,
			value === undefined ? 'Required, but missing' : `Expected an array, got ${describe(value)}`
		);
		return undefined;
	}
	if (nonEmpty && value.length === 0) report(scope, field, 'Needs at least one entry');
	return value;
}

function optionalList(
	scope: Scope,
	fields: Fields,
	key: string,
	path: string
): unknown[] | undefined {
	return fields[key] === undefined ? undefined : list(scope, fields, key, path, false);
}

/** The string ids of the entries of a raw array, for cross-references. */
function stringIds(entries: unknown): Set<string> {
	const ids = new Set<string>();
	if (!Array.isArray(entries)) return ids;
	for (const entry of entries) {
		const id = (entry as Fields | null)?.id;
		if (typeof id === 'string') ids.add(id);
	}
	return ids;
}
