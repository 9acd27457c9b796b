import { isoDayStartUtc, parseIsoInstant } from '$lib/story/dates/isoDate';
import { toWallClock } from '$lib/timeline/wallClock';
import { EMBED_PROTOCOL } from './protocol';

/**
 * The options an embed takes from its URL
 * (`/embed/<id>?event=…&from=…&to=…&theme=…&panel=…&hide=…&export=1`).
 * Hosts type these by hand, so a bad value never breaks the embed: it is dropped with a
 * warning that says what was expected, and the embed goes on with the default.
 */

/** The option names, shared with the loader (a placeholder's `data-sourceline-<name>`). */
export type EmbedOptionName = (typeof EMBED_PROTOCOL.options)[number];

export type EmbedTheme = 'light' | 'dark' | 'auto';
export type PanelState = 'open' | 'closed';
/** A part of the embed a host may leave out (`hide=title,legend`). */
export type HideablePart = (typeof EMBED_PROTOCOL.hideable)[number];

export interface EmbedOptions {
	/** The event to select first. */
	event: string | null;
	/** First visible range, as wall-clock ms in the display zone (see wallClock.ts); null fits all. */
	range: [number, number] | null;
	/** Whether the reading panel shows from the start; open by default when an event is given. */
	panel: PanelState;
	/** The parts left out, each once, in the protocol's order. */
	hide: HideablePart[];
	/** Whether the Export menu shows: only where the host asks for it (`export=1`). */
	export: boolean;
}

/** What the parser needs to know of the story (its timeline model gives each of them). */
export interface StoryFacts {
	/** The story's event ids (a set, or the timeline index's positions). */
	eventIds: { has(id: string): boolean };
	displayTimeZone: string;
	/** The timeline's fitted domain (wall clock), used for a missing `from` or `to`. */
	domain: [number, number];
}

export interface Parsed<T> {
	value: T;
	/** One sentence per ignored value. */
	warnings: string[];
}

const THEMES: readonly EmbedTheme[] = ['light', 'dark', 'auto'];
const PANELS: readonly PanelState[] = ['open', 'closed'];
const SWITCH = ['1', '0'] as const;
const DAY = 86_400_000;
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?$/;

/** `theme` alone: it applies before the story is known (while a remote story loads, too). */
export function parseEmbedTheme(params: URLSearchParams): Parsed<EmbedTheme> {
	const warnings: string[] = [];
	const theme = oneOf(params, 'theme', THEMES, warnings) ?? 'auto';
	return { value: theme, warnings };
}

/** `event`, `from`, `to` and `panel`, checked against the story. */
export function parseEmbedOptions(
	params: URLSearchParams,
	story: StoryFacts
): Parsed<EmbedOptions> {
	const warnings: string[] = [];
	let event = given(params, 'event');
	if (event !== null && !story.eventIds.has(event)) {
		warnings.push(`ignoring event=${JSON.stringify(event)}: the story has no event with that id`);
		event = null;
	}
	const from = wallClockParam(params, 'from', 'start', story.displayTimeZone, warnings);
	const to = wallClockParam(params, 'to', 'end', story.displayTimeZone, warnings);
	const range = visibleRange(from, to, story.domain, warnings);
	const panel = oneOf(params, 'panel', PANELS, warnings) ?? (event === null ? 'closed' : 'open');
	const hide = hiddenParts(params, warnings);
	const allowExport = oneOf(params, 'export', SWITCH, warnings) === '1';
	return { value: { event, range, panel, hide, export: allowExport }, warnings };
}

/** `hide`: a list of parts, split on commas or spaces; a name it does not know is dropped. */
function hiddenParts(params: URLSearchParams, warnings: string[]): HideablePart[] {
	const names = (given(params, 'hide') ?? '').split(/[\s,]+/).filter(Boolean);
	const known: readonly string[] = EMBED_PROTOCOL.hideable;
	for (const name of names)
		if (!known.includes(name))
			warnings.push(`ignoring hide=${JSON.stringify(name)}: expected ${listOf(known)}`);
	return EMBED_PROTOCOL.hideable.filter((part) => names.includes(part));
}

/** `a, b or c`, for a warning. */
function listOf(values: readonly string[]): string {
	return `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
}

/** A parameter's value; an empty one counts as not given. */
function given(params: URLSearchParams, key: EmbedOptionName): string | null {
	const value = params.get(key)?.trim();
	return value ? value : null;
}

function oneOf<T extends string>(
	params: URLSearchParams,
	key: EmbedOptionName,
	allowed: readonly T[],
	warnings: string[]
): T | null {
	const value = given(params, key);
	if (value === null) return null;
	if ((allowed as readonly string[]).includes(value)) return value as T;
	warnings.push(`ignoring ${key}=${JSON.stringify(value)}: expected ${listOf(allowed)}`);
	return null;
}

/**
 * `2025-02-24` (a whole day: `from` is its first moment, `to` its last), `2025-02-24T15:00`
 * (a time on the display zone's clock) or `2025-02-24T15:00Z` / `…+01:00` (an instant).
 */
function wallClockParam(
	params: URLSearchParams,
	key: 'from' | 'to',
	edge: 'start' | 'end',
	displayTimeZone: string,
	warnings: string[]
): number | null {
	const text = given(params, key);
	if (text === null) return null;
	// A calendar day or a clock time read in UTC gives wall-clock ms directly.
	const day = isoDayStartUtc(text);
	if (day !== null) return day + (edge === 'end' ? DAY : 0);
	const local = LOCAL_DATE_TIME.test(text) ? parseIsoInstant(`${text}Z`) : null;
	if (local) return local.getTime();
	const instant = parseIsoInstant(text);
	if (instant) return toWallClock(instant.getTime(), displayTimeZone);
	warnings.push(
		`ignoring ${key}=${JSON.stringify(text)}: expected a date such as 2025-02-24, or a date and time such as 2025-02-24T15:00`
	);
	return null;
}

/** The range to show first: a missing end is the story's; a range outside the story is dropped. */
function visibleRange(
	from: number | null,
	to: number | null,
	domain: [number, number],
	warnings: string[]
): [number, number] | null {
	if (from === null && to === null) return null;
	if (from !== null && to !== null && from >= to) {
		warnings.push('ignoring from and to: from must come before to');
		return null;
	}
	const range: [number, number] = [from ?? domain[0], to ?? domain[1]];
	if (range[0] >= range[1] || range[1] <= domain[0] || range[0] >= domain[1]) {
		warnings.push('ignoring from and to: the range is outside the story’s dates');
		return null;
	}
	return range;
}
