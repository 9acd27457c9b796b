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
 * One sweep over the sorted boundaries: n log n in the highlights, plus the output.
 */
export function segmentText(text: string, highlights: Highlight[]): Paragraph[] {
	const indices = highlights.map((_, i) => i);
	const byStart = [...indices].sort((a, b) => highlights[a]!.start - highlights[b]!.start);
	const byEnd = [...indices].sort((a, b) => highlights[a]!.end - highlights[b]!.end);
	const points = [...new Set(highlights.flatMap((h) => [h.start, h.end]))].sort((a, b) => a - b);
	/** Highlights covering the current run, by their index in `highlights`. */
	const active = new Set<number>();
	let nextStart = 0;
	let nextEnd = 0;
	let nextPoint = 0;

	const paragraphs: Paragraph[] = [];
	let offset = 0;
	for (const line of text.split('\n')) {
		const start = offset;
		const end = start + line.length;
		offset = end + 1;
		if (line.length === 0) continue;
		while (nextPoint < points.length && points[nextPoint]! <= start) nextPoint++;
		const cuts = [start];
		while (nextPoint < points.length && points[nextPoint]! < end) cuts.push(points[nextPoint++]!);
		cuts.push(end);

		const segments = cuts.slice(0, -1).map((from, i) => {
			// Every boundary is a cut, so a highlight begun by `from` and not ended covers the run.
			while (nextStart < byStart.length && highlights[byStart[nextStart]!]!.start <= from)
				active.add(byStart[nextStart++]!);
			while (nextEnd < byEnd.length && highlights[byEnd[nextEnd]!]!.end <= from)
				active.delete(byEnd[nextEnd++]!);
			const eventIds = [...active].sort((a, b) => a - b).map((h) => highlights[h]!.eventId);
			return { text: text.slice(from, cuts[i + 1]), start: from, eventIds: [...new Set(eventIds)] };
		});
		paragraphs.push({ start, segments });
	}
	return paragraphs;
}
