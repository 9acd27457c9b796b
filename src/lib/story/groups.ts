/**
 * An event's `group`: the track the timeline draws it in and its heading in the list. Both
 * order the groups alike, by their first event, with the events in no group last.
 */

/** What the events in no group are called beside named groups. */
export const UNGROUPED_LABEL = 'Other events';

/** Anything with a group, as the story gives it or the timeline keeps it. */
type Grouped = { readonly group?: string | null };

export interface Groups {
	/**
	 * The groups' labels in the order their first event comes, then null for the events in
	 * no group if there are any (the only entry when no event has a group).
	 */
	labels: (string | null)[];
	/** Each event's place in `labels`. */
	of: Uint16Array;
}

/** The groups of `events` (in time order), in one pass. */
export function groupsOf(events: readonly Grouped[]): Groups {
	const place = new Map<string, number>();
	for (const e of events) if (e.group && !place.has(e.group)) place.set(e.group, place.size);
	const labels: (string | null)[] = [...place.keys()];
	const ungrouped = place.size;
	if (events.some((e) => !e.group)) labels.push(null);
	const of = new Uint16Array(events.length);
	events.forEach((e, i) => (of[i] = e.group ? place.get(e.group)! : ungrouped));
	return { labels, of };
}

/** The events of each group, as `groupsOf` orders them, keeping the events' order. */
export function eventGroups<T extends Grouped>(
	events: readonly T[]
): { label: string | null; events: T[] }[] {
	const { labels, of } = groupsOf(events);
	const groups = labels.map((label) => ({ label, events: [] as T[] }));
	events.forEach((e, i) => groups[of[i]!]!.events.push(e));
	return groups;
}

/**
 * The labels as the timeline's tracks show them: the events in no group are "Other events"
 * beside named groups; a story without groups has one unlabelled track.
 */
export function trackLabels(labels: readonly (string | null)[]): (string | null)[] {
	return labels.map((label) => (label === null && labels.length > 1 ? UNGROUPED_LABEL : label));
}
