import type { ResolvedEvent, ResolvedStory } from './types';

/** What changed between two versions of a story, by event id, in the newer one's order. */
export interface StoryChanges {
	added: string[];
	updated: string[];
	removed: string[];
	/** Anything else: the title, summary, sources, eras, corrections, `updated`. */
	storyChanged: boolean;
}

/**
 * Compares two versions of a story (a live embed's file, loaded again). Linear in the
 * stories' size: each event is written out once, and looked up by id.
 */
export function storyChanges(before: ResolvedStory, after: ResolvedStory): StoryChanges {
	const old = new Map(before.events.map((event) => [event.id, written(event)]));
	const added: string[] = [];
	const updated: string[] = [];
	for (const event of after.events) {
		const was = old.get(event.id);
		if (was === undefined) added.push(event.id);
		else if (was !== written(event)) updated.push(event.id);
		old.delete(event.id);
	}
	const rest = (story: ResolvedStory) => JSON.stringify({ ...story, events: undefined });
	return { added, updated, removed: [...old.keys()], storyChanged: rest(before) !== rest(after) };
}

/**
 * An event as a reader sees it: its quotes by their words, not by where they sit in the
 * source (a slide added before it moves every offset after, and changes nothing of it).
 */
function written(event: ResolvedEvent): string {
	const excerpts = event.excerpts.map(({ source, exact }) => ({ source, exact }));
	return JSON.stringify({ ...event, excerpts });
}

/** Whether anything changed at all. */
export function hasChanges(changes: StoryChanges): boolean {
	const { added, updated, removed, storyChanged } = changes;
	return storyChanged || added.length + updated.length + removed.length > 0;
}

/** A change held back and a newer one, said as one change from what is on screen. */
export function heldThenNewer(held: StoryChanges | undefined, changes: StoryChanges): StoryChanges {
	if (!held) return changes;
	const removed = new Set(changes.removed);
	const added = [...held.added.filter((id) => !removed.has(id)), ...changes.added];
	const addedSet = new Set(added);
	const updated = [...new Set([...held.updated, ...changes.updated])].filter(
		(id) => !removed.has(id) && !addedSet.has(id)
	);
	const wasAdded = new Set(held.added);
	return {
		added,
		updated,
		removed: [...held.removed, ...changes.removed.filter((id) => !wasAdded.has(id))],
		storyChanged: held.storyChanged || changes.storyChanged
	};
}
