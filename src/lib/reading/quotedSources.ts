import type { ResolvedEvent, Source } from '$lib/story/types';
import { highlightsIn, type Highlight } from './segments';

export interface QuotedSource {
	source: Source;
	/** The event's passages in this source. */
	highlights: Highlight[];
}

/** The sources an event quotes, in the story's order of sources, each with its passages. */
export function quotedSources(sources: readonly Source[], event: ResolvedEvent): QuotedSource[] {
	return sources
		.map((source) => ({ source, highlights: highlightsIn(source.id, [event]) }))
		.filter((q) => q.highlights.length > 0);
}
