import { plural } from '$lib/i18n/plural';
import { tLive } from '$lib/i18n/live/words';
import { newSince, seenIds, visitKey, visitRecord } from '$lib/story/lastVisit';
import type { ResolvedStory } from '$lib/story/types';
import type { FreshMarks, Freshness } from '../timeline/freshMarks';

/**
 * The events added since the reader's last visit to this story, marked "new" for this visit,
 * and this visit remembered for the next (in this browser's storage only). Storage that is
 * off, full or blocked (a private window, an embed's partitioned storage) marks nothing.
 */
export class LastVisit implements Pick<FreshMarks, 'of'> {
	readonly #key: string;
	readonly #new: Set<string>;

	constructor(story: ResolvedStory) {
		// A story from elsewhere (`/embed?src=`) is kept apart by its file's address.
		this.#key = visitKey(story.id, new URLSearchParams(location.search).get('src'));
		const ids = story.events.map((event) => event.id);
		this.#new = newSince(seenIds(stored(this.#key)), ids);
		this.remember(story);
	}

	/** What to say of it, politely, in the page's language; empty when nothing is new. */
	get message(): string {
		const n = this.#new.size;
		return n === 0 ? '' : plural(tLive().lastVisit, n);
	}

	of(id: string): Freshness | undefined {
		return this.#new.has(id) ? 'new' : undefined;
	}

	/** Keeps the events on screen as seen (again as a live story changes). */
	remember(story: ResolvedStory): void {
		const record = visitRecord(story.events.map((event) => event.id));
		try {
			if (record === null) localStorage.removeItem(this.#key);
			else localStorage.setItem(this.#key, record);
		} catch {
			// Not kept: the next visit marks nothing, as after a first one.
		}
	}
}

function stored(key: string): string | null {
	try {
		return localStorage.getItem(key);
	} catch {
		return null;
	}
}

/** The legend's lines for the kinds of fresh mark `story` shows now, in the page's language. */
export function freshLegend(
	story: ResolvedStory,
	of: (id: string) => Freshness | undefined
): ReturnType<FreshMarks['legend']> {
	const shown = new Set(story.events.map((event) => of(event.id)));
	const words = tLive().legend;
	return (['new', 'updated'] as const)
		.filter((freshness) => shown.has(freshness))
		.map((freshness) => ({ freshness, label: words[freshness] }));
}
