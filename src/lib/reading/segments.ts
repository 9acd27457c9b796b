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

/** A run of text with the events whose passages cover it (none for plain text). */
export interface Segment {
	text: string;
	start: number;
	eventIds: string[];
}

export interface Paragraph {
	start: number;
	segments: Segment[];
}

/**
 * Cuts a source into paragraphs (one a line, as sources are stored) and each paragraph
 * into runs at every highlight boundary, so overlapping passages still render as flat text.
 */
export function segmentText(text: string, highlights: Highlight[]): Paragraph[] {
	const paragraphs: Paragraph[] = [];
	let offset = 0;
	for (const line of text.split('\n')) {
		const start = offset;
		const end = start + line.length;
		offset = end + 1;
		if (line.length === 0) continue;
		const cuts = new Set([start, end]);
		for (const h of highlights) {
			if (h.start > start && h.start < end) cuts.add(h.start);
			if (h.end > start && h.end < end) cuts.add(h.end);
		}
		const points = [...cuts].sort((a, b) => a - b);
		const segments = points.slice(0, -1).map((from, i) => {
			const to = points[i + 1]!;
			const eventIds = highlights
				.filter((h) => h.start <= from && h.end >= to)
				.map((h) => h.eventId);
			return { text: text.slice(from, to), start: from, eventIds: [...new Set(eventIds)] };
		});
		paragraphs.push({ start, segments });
	}
	return paragraphs;
}
