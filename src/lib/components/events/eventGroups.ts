import type { ResolvedEvent } from '$lib/story/types';

export interface EventGroup {
	/** The group's label; null for events in no group. */
	label: string | null;
	/** In time order. */
	events: ResolvedEvent[];
}

/**
 * Events by group, groups in the order their first event comes, events keeping their time
 * order; events in no group come last. One group (label null) when no event has a group.
 */
export function eventGroups(events: readonly ResolvedEvent[]): EventGroup[] {
	const groups = new Map<string | null, ResolvedEvent[]>();
	for (const event of events) {
		const label = event.group ?? null;
		const list = groups.get(label);
		if (list) list.push(event);
		else groups.set(label, [event]);
	}
	const ungrouped = groups.get(null);
	groups.delete(null);
	const result = [...groups].map(([label, list]) => ({ label, events: list }));
	if (ungrouped) result.push({ label: null, events: ungrouped });
	return result;
}
