import { fill, plural } from '../plural';
import type { StoryChanges } from '../../story/storyChanges';
import { tLive } from './words';

/**
 * What a live story says of a change, politely, in the page's language: "The story was
 * updated: 2 events added, 1 updated." The first part names the events; the others follow it.
 */
export function changesMessage(changes: StoryChanges): string {
	const words = tLive();
	const parts: string[] = [];
	const counts = [
		[changes.added.length, words.added, words.added],
		[changes.updated.length, words.changed, words.changedAfter],
		[changes.removed.length, words.removed, words.removedAfter]
	] as const;
	for (const [n, first, after] of counts)
		if (n > 0) parts.push(plural(parts.length ? after : first, n));
	if (parts.length > 0) return fill(words.updated, { parts: parts.join(', ') });
	return changes.storyChanged ? words.updatedOnly : '';
}
