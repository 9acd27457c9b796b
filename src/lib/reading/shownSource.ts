import type { ResolvedEvent, Source } from '$lib/story/types';

/**
 * Which source the reading panel shows: the reader's choice while the open event quotes it
 * (or nothing is open), else the open event's first quoted source, else the first source.
 */
export function shownSource(
	sources: readonly Source[],
	selected: ResolvedEvent | null,
	chosen: string | null
): string | null {
	const quoted = selected ? new Set(selected.excerpts.map((x) => x.source)) : null;
	if (chosen !== null && sources.some((s) => s.id === chosen) && (!quoted || quoted.has(chosen)))
		return chosen;
	return selected?.excerpts[0]?.source ?? sources[0]?.id ?? null;
}
