/**
 * A story file as the editor holds it: plain JSON, valid or not, changed one field at a time
 * by its path (`events[3].when.text`, the loader's way of naming a field), never in place.
 */

export type Path = readonly (string | number)[];

/** The loader's name for a field: `events[3].when.text`. */
export function pathText(path: Path): string {
	let text = '';
	for (const key of path) {
		if (typeof key === 'number') text += `[${key}]`;
		else text += text === '' ? key : `.${key}`;
	}
	return text;
}

/** The field a loader's name points to, back as a path. */
export function parsePath(text: string): Path {
	const path: (string | number)[] = [];
	for (const [, key, index] of text.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
		path.push(index === undefined ? key! : Number(index));
	}
	return path;
}

/** An id for the control of a field, the same for the same path. */
export function controlId(path: Path): string {
	return `field-${pathText(path)
		.replace(/[^A-Za-z0-9]+/g, '-')
		.replace(/-$/, '')}`;
}

type Json = Record<string, unknown> | unknown[];

const isContainer = (value: unknown): value is Json => typeof value === 'object' && value !== null;

export function getAt(document: unknown, path: Path): unknown {
	let value = document;
	for (const key of path) {
		if (!isContainer(value)) return undefined;
		value = (value as Record<string | number, unknown>)[key];
	}
	return value;
}

/**
 * The document with one field set (`undefined` removes it), copying only the objects on the
 * way there; where the way is missing, it is made (an object, or a list for a number key).
 */
export function setAt(document: unknown, path: Path, value: unknown): unknown {
	if (path.length === 0) return value;
	const [key, ...rest] = path as [string | number, ...Path];
	const here = isContainer(document) ? document : typeof key === 'number' ? [] : {};
	const next = setAt((here as Record<string | number, unknown>)[key], rest, value);
	if (Array.isArray(here)) {
		const copy = [...here];
		if (typeof key === 'number') copy[key] = next;
		return copy;
	}
	const copy: Record<string, unknown> = { ...here };
	if (next === undefined) delete copy[key];
	else copy[key] = next;
	return copy;
}

/** The fields the loader adds to a date (the published form has them): not authored. */
const RESOLVED_DATE = ['start', 'end', 'precision', 'modifier', 'qualifier', 'timeZone'];
const RESOLVED_INTERVAL = ['startsAt', 'endsAt'];
/** The offsets the loader adds to a quote; `prefix` and `suffix` stay, they place it. */
const RESOLVED_QUOTE = ['start', 'end'];

/**
 * A story as its author wrote it: a published `/stories/<id>.json` carries what the loader
 * worked out (dates' intervals, quotes' offsets), which would go stale as soon as a date or a
 * quote is changed. Everything else, unknown fields too, is kept as it is.
 */
export function authoredForm(story: unknown): unknown {
	if (!isRecord(story)) return story;
	const events = Array.isArray(story.events)
		? story.events.map((event) =>
				isRecord(event)
					? withoutEmpty({
							...event,
							when: dateOf(event.when),
							target: dateOf(event.target),
							excerpts: quotesOf(event.excerpts)
						})
					: event
			)
		: story.events;
	return withoutEmpty({
		...story,
		events,
		context: quotesOf(story.context),
		eras: Array.isArray(story.eras) ? story.eras.map(dateOf) : story.eras
	});
}

/** The file the editor downloads: JSON with tabs, as the stories in the repository are. */
export function storyFileText(story: unknown): string {
	return `${JSON.stringify(story, null, '\t')}\n`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return isContainer(value) && !Array.isArray(value);
}

function without(value: unknown, keys: string[]): unknown {
	if (!isRecord(value)) return value;
	return Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key)));
}

function dateOf(when: unknown): unknown {
	// A date only gains these once resolved, so one without `startsAt` is as authored.
	return isRecord(when) && 'startsAt' in when
		? without(when, [...RESOLVED_DATE, ...RESOLVED_INTERVAL])
		: when;
}

function quotesOf(quotes: unknown): unknown {
	return Array.isArray(quotes)
		? quotes.map((quote) =>
				isRecord(quote) && 'suffix' in quote ? without(quote, RESOLVED_QUOTE) : quote
			)
		: quotes;
}

/** Keys set to `undefined` on the way are dropped, not written as absent. */
function withoutEmpty(record: Record<string, unknown>): Record<string, unknown> {
	return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

/**
 * The controls that may fix a problem in `field`, nearest first: the field's own, then each
 * field it is in (a rule about a whole date names the date, whose first control is its words).
 */
export function controlIdsFor(field: string): string[] {
	const path = parsePath(field);
	return path.map((_, i) => controlId(path.slice(0, path.length - i)));
}

/** `setAt` for an edit: a field emptied takes with it the objects it leaves empty (a place). */
export function edited(document: unknown, path: Path, value: unknown): unknown {
	let next = setAt(document, path, value);
	for (let end = path.length - 1; value === undefined && end > 0; end--) {
		const parent = getAt(next, path.slice(0, end));
		if (!isRecord(parent) || Object.keys(parent).length > 0) break;
		next = setAt(next, path.slice(0, end), undefined);
	}
	return next;
}
