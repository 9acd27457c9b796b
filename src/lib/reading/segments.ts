import type { ResolvedEvent } from '$lib/story/types';

/** A quoted range of a source text and the event it belongs to. */
export interface Highlight {
	start: number;
	end: number;
	eventId: string;
	/** Its place among the event's excerpts, whatever their source (as `highlightsIn` gives). */
	index?: number;
}

/** The passages that `events` quote from one source, as highlights. */
export function highlightsIn(sourceId: string, events: ResolvedEvent[]): Highlight[] {
	return events.flatMap((event) =>
		event.excerpts.flatMap((x, index) =>
			x.source === sourceId ? [{ start: x.start, end: x.end, eventId: event.id, index }] : []
		)
	);
}

/**
 * The id of an event's `n`th passage in one source: unique per event and source. Slugs never
 * hold two hyphens in a row, so `--` keeps `a-b` + `c` apart from `a` + `b-c`.
 */
export function passageId(eventId: string, sourceId: string, n: number): string {
	return `passage-${eventId}--${sourceId}-${n}`;
}

/** The anchors of a source's passages, keyed `<event>@<start>`: the id, and the old form
 *  (`passage-<event>-<n>`, n counted over all the event's excerpts) that earlier links use. */
export function passageAnchors(
	sourceId: string,
	highlights: Highlight[]
): Map<string, { id: string; legacyId: string }> {
	const counts = new Map<string, number>();
	const anchors = new Map<string, { id: string; legacyId: string }>();
	for (const h of highlights) {
		const n = counts.get(h.eventId) ?? 0;
		counts.set(h.eventId, n + 1);
		anchors.set(`${h.eventId}@${h.start}`, {
			id: passageId(h.eventId, sourceId, n),
			legacyId: `passage-${h.eventId}-${h.index ?? n}`
		});
	}
	return anchors;
}

/** A run of a segment in one style of its source: emphasis, bold, a link (its address). */
export interface Run {
	text: string;
	start: number;
	emphasis: boolean;
	strong: boolean;
	href: string | null;
}

/** A run of text with the events whose passages cover it (none for plain text). */
export interface Segment {
	text: string;
	start: number;
	eventIds: string[];
	/** Its runs in the source's styles, where any style touches it (`styleRuns.ts`). */
	runs?: Run[];
}

export interface Paragraph {
	start: number;
	segments: Segment[];
}

/**
 * Cuts a source into paragraphs (one a line, as sources are stored) and each paragraph
 * into runs at every highlight boundary, so overlapping passages still render as flat text.
 * One sweep over the highlights' boundaries in order, keeping the set of passages open at
 * each point: the work grows with highlights and runs, never with their product.
 */
export function segmentText(text: string, highlights: Highlight[]): Paragraph[] {
	const boundaries = boundariesOf(highlights);
	/** Open passages: how many of each event's highlights cover the current point. */
	const open = new Map<string, number>();
	/** Each event's first place in `highlights`, so a run lists its events in that order. */
	const order = new Map<string, number>();
	highlights.forEach((h, i) => order.has(h.eventId) || order.set(h.eventId, i));
	let next = 0;
	/** Applies every boundary at or before `at`; the next one left is after it. */
	const advanceTo = (at: number) => {
		for (; next < boundaries.length && boundaries[next]!.at <= at; next++) {
			const { eventId, step } = boundaries[next]!;
			const count = (open.get(eventId) ?? 0) + step;
			if (count === 0) open.delete(eventId);
			else open.set(eventId, count);
		}
	};
	const openEvents = () => [...open.keys()].sort((a, b) => order.get(a)! - order.get(b)!);

	const paragraphs: Paragraph[] = [];
	let offset = 0;
	for (const line of text.split('\n')) {
		const start = offset;
		const end = start + line.length;
		offset = end + 1;
		if (line.length === 0) continue;
		const segments: Segment[] = [];
		advanceTo(start);
		for (let from = start; from < end;) {
			const to = Math.min(end, boundaries[next]?.at ?? end);
			segments.push({ text: text.slice(from, to), start: from, eventIds: openEvents() });
			from = to;
			advanceTo(from);
		}
		paragraphs.push({ start, segments });
	}
	return paragraphs;
}

/** Every highlight's start (+1) and end (−1), in text order; ends first at a shared point. */
function boundariesOf(highlights: Highlight[]): { at: number; eventId: string; step: 1 | -1 }[] {
	return highlights
		.filter(({ start, end }) => start < end)
		.flatMap(({ start, end, eventId }) => [
			{ at: start, eventId, step: 1 as const },
			{ at: end, eventId, step: -1 as const }
		])
		.sort((a, b) => a.at - b.at || a.step - b.step);
}
