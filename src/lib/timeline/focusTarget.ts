import { moveFocus, type FocusItem } from '$lib/a11y/moveFocus';
import type { ClusterMark, EventMark } from './layoutTypes';
import type { TimelineIndex } from './timelineIndex';

/** What keyboard focus is on: an event (its mark, or the cluster that holds it) or a cluster. */
export type FocusTarget = { kind: 'event'; id: string } | { kind: 'cluster'; key: string };

const clusterId = (key: string) => `cluster:${key}`;

/** The items on screen in time order, as roving focus sees them. */
function focusItems(marks: EventMark[], clusters: ClusterMark[]) {
	const items = [
		...marks.map((m) => ({ id: m.event.id, lane: m.row, x: m.left, time: m.index, last: m.index })),
		...clusters.map((c) => ({
			id: clusterId(c.key),
			lane: c.row,
			x: c.x0,
			time: c.members[0]!,
			last: c.members.at(-1)!
		}))
	];
	return items.sort((a, b) => a.time - b.time || a.lane - b.lane);
}

/**
 * Where a key moves focus, or null for a key that is not a move. Left and Right step
 * through what is on screen in time order and, past its ends, on to the story's next
 * event (the view then pans to it); Home and End go to the story's first and last events;
 * Up and Down go to the nearest item in the row above or below.
 */
export function nextFocus(
	key: string,
	current: FocusTarget | null,
	marks: EventMark[],
	clusters: ClusterMark[],
	index: TimelineIndex
): FocusTarget | null {
	const n = index.events.length;
	const eventAt = (i: number): FocusTarget => ({ kind: 'event', id: index.events[i]!.id });
	if (key === 'Home') return eventAt(0);
	if (key === 'End') return eventAt(n - 1);
	const items: (FocusItem & { time: number; last: number })[] = focusItems(marks, clusters);
	const currentId =
		current === null ? null : current.kind === 'event' ? current.id : clusterId(current.key);
	let at = items.findIndex((i) => i.id === currentId);
	if (at < 0 && current?.kind === 'event') {
		// The focused event sits in a cluster.
		const p = index.position.get(current.id);
		at = clusters.findIndex((c) => p !== undefined && c.members.includes(p));
		at = at < 0 ? -1 : items.findIndex((i) => i.id === clusterId(clusters[at]!.key));
	}
	const toTarget = (id: string): FocusTarget =>
		id.startsWith('cluster:')
			? { kind: 'cluster', key: id.slice('cluster:'.length) }
			: { kind: 'event', id };
	if (key === 'ArrowRight' || key === 'ArrowLeft') {
		if (at < 0) return items.length > 0 ? toTarget(items[0]!.id) : eventAt(0);
		const step = key === 'ArrowRight' ? 1 : -1;
		const next = items[at + step];
		if (next) return toTarget(next.id);
		// Past what is on screen: the story's next event in time.
		const beyond = step > 0 ? items[at]!.last + 1 : items[at]!.time - 1;
		return beyond >= 0 && beyond < n ? eventAt(beyond) : toTarget(items[at]!.id);
	}
	const moved = moveFocus(key, at < 0 ? null : items[at]!.id, items);
	return moved === null ? null : toTarget(moved);
}
