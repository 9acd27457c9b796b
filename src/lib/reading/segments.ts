import type { ResolvedEvent } from '$lib/story/types';

/** A quoted range of a source text and the event it belongs to. */
export interface Highlight {
	start: number;
	end: number;
	eventId: string;
}

/** The passages that `events` quote from one source, as highlights. */
export function highlightsIn(sourceId: string, events: ResolvedEvent[]): Highlight[] {
	return events.flatMap((event) =>
		event.excerpts
			.filter((x) => x.source === sourceId)
			.map((x) => ({ start: x.start, end: x.end, eventId: event.id }))
	);
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
