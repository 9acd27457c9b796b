import type { Plural } from '../en';

/**
 * What a live story says, in British English: its status line, its changes, the events new
 * since the last visit and the marks' words for them. A catalogue apart from the reader's
 * (../en.ts), loaded with the live and last-visit code (see words.ts).
 */
export const liveEn = {
	status: {
		live: 'Live',
		checked: 'Live · checked at {time}',
		held: 'Live · an update shows when the pointer leaves the timeline',
		paused: 'Live · paused while the page is hidden',
		failed: 'Live · could not look at {host} again; trying at {time}',
		invalid:
			'Live · the file at {host} now has a problem, so this is its last good version; looking again at {time}'
	},
	/** "The story was updated: 2 events added, 1 updated." The first part names the events. */
	updated: 'The story was updated: {parts}.',
	updatedOnly: 'The story was updated.',
	added: { one: '{n} event added', other: '{n} events added' } as Plural,
	changed: { one: '{n} event updated', other: '{n} events updated' } as Plural,
	removed: { one: '{n} event removed', other: '{n} events removed' } as Plural,
	/** The same, after a first part that named the events. */
	changedAfter: { one: '{n} updated', other: '{n} updated' } as Plural,
	removedAfter: { one: '{n} removed', other: '{n} removed' } as Plural,
	lastVisit: {
		one: '{n} event new since your last visit, marked “new”.',
		other: '{n} events new since your last visit, marked “new”.'
	} as Plural,
	/** Said after a mark's name. */
	fresh: { new: 'new', updated: 'updated' },
	/** The legend's lines for those marks, while the story shows some. */
	legend: { new: 'New event', updated: 'Updated event' }
};

type Widened<T> = {
	[K in keyof T]: T[K] extends string ? string : T[K] extends Plural ? Plural : Widened<T[K]>;
};

/** What every catalogue of a live story holds. */
export type LiveMessages = Widened<typeof liveEn>;
