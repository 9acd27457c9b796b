import type { FocusTarget } from '$lib/timeline/focusTarget';
import type { ClusterMark, EventMark } from '$lib/timeline/layoutTypes';

/** A target as one string, to compare and to find its element by: `e:<id>` or `c:<key>`. */
export const focusKey = (t: FocusTarget | null): string | null =>
	t === null ? null : t.kind === 'event' ? `e:${t.id}` : `c:${t.key}`;

/**
 * Roving focus: the whole set of marks is one tab stop. It is on what `wanted` is drawn as
 * (its mark, or the cluster holding its event), else on the first thing on screen, else
 * on the first mark. Linear in what is drawn, but for sorting what is on screen.
 */
export function tabStop(
	wanted: FocusTarget | null,
	marks: EventMark[],
	clusters: ClusterMark[],
	clusterHolding: (id: string) => ClusterMark | undefined
): string | null {
	if (wanted?.kind === 'cluster' && clusters.some((c) => c.key === wanted.key))
		return `c:${wanted.key}`;
	if (wanted?.kind === 'event') {
		if (marks.some((m) => m.event.id === wanted.id)) return `e:${wanted.id}`;
		const holder = clusterHolding(wanted.id);
		if (holder) return `c:${holder.key}`;
	}
	const first = [
		...marks.map((m) => ({ x: m.left, k: `e:${m.event.id}` })),
		...clusters.map((c) => ({ x: c.x0, k: `c:${c.key}` }))
	]
		.filter((i) => i.x >= -1)
		.sort((a, b) => a.x - b.x)[0];
	return first?.k ?? (marks[0] ? `e:${marks[0].event.id}` : null);
}
