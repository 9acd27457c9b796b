import { getContext, setContext } from 'svelte';

/**
 * Events a live story brought since the reader opened it, for the marks to show: "new" or
 * "updated". Shared by context, so only a live embed pays for it.
 */
export type Freshness = 'new' | 'updated';

export interface FreshMarks {
	of(id: string): Freshness | undefined;
	/** What a reader hears after the mark's name, in the page's language. */
	word(freshness: Freshness): string;
	/** The legend's lines for the kinds of fresh mark the story shows now (none before its words load). */
	legend(): { freshness: Freshness; label: string }[];
}

const key = Symbol('fresh-marks');

export function provideFreshMarks(marks: FreshMarks): void {
	setContext(key, marks);
}

/** The live story's fresh events, or undefined for a story that does not change. */
export function freshMarks(): FreshMarks | undefined {
	return getContext<FreshMarks | undefined>(key);
}
