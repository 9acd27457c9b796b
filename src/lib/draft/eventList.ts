import { anchorQuote } from '$lib/story/anchorQuote';
import { getAt, setAt } from './storyDocument';

/** Changes to the story's lists (its events, its eras, an event's quotes), each a new story. */

export type ListPath = readonly (string | number)[];

const itemsOf = (story: unknown, list: ListPath): unknown[] => {
	const items = getAt(story, list);
	return Array.isArray(items) ? items : [];
};

/** The item at `index` moved `by` places (up is negative), kept within the list. */
export function moveItem(story: unknown, list: ListPath, index: number, by: number): unknown {
	const items = [...itemsOf(story, list)];
	const to = Math.min(Math.max(index + by, 0), items.length - 1);
	if (to === index || index < 0 || index >= items.length) return story;
	const [item] = items.splice(index, 1);
	items.splice(to, 0, item);
	return setAt(story, list, items);
}

export function removeItem(story: unknown, list: ListPath, index: number): unknown {
	return setAt(
		story,
		list,
		itemsOf(story, list).filter((_, i) => i !== index)
	);
}

/** The first of `base`, `base-2`, `base-3`… that no item of the list has as its id. */
function freeId(items: unknown[], base: string): string {
	const taken = new Set(items.map((item) => (item as { id?: unknown } | null)?.id));
	let id = base;
	for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
	return id;
}

/**
 * A new event at the end, with an id no other event has. Its title, date and quotes are
 * left to fill in: the story's problems say what is missing.
 */
export function addEvent(story: unknown): unknown {
	const events = itemsOf(story, ['events']);
	const event = {
		id: freeId(events, 'new-event'),
		title: '',
		summary: '',
		kind: 'other',
		actors: [],
		when: { text: null, basis: 'editorial', expression: '', note: '' },
		excerpts: []
	};
	return setAt(story, ['events'], [...events, event]);
}

/** A new era at the end: its label and dates left to fill in. */
export function addEra(story: unknown): unknown {
	const eras = itemsOf(story, ['eras']);
	return setAt(
		story,
		['eras'],
		[...eras, { id: freeId(eras, 'new-era'), label: '', expression: '' }]
	);
}

/** How much of the text either side a quote carries where its words occur more than once. */
const CONTEXT = 32;

/**
 * The words from `start` to `end` of a source's text as a quote: verbatim by construction,
 * trimmed of the spaces a selection picks up at its ends, with the text around them where
 * the words alone would be found elsewhere too. Null for a selection of spaces only.
 */
export function quoteOf(
	text: string,
	source: string,
	start: number,
	end: number
): { source: string; exact: string; prefix?: string; suffix?: string } | null {
	while (start < end && /\s/.test(text[start]!)) start++;
	while (end > start && /\s/.test(text[end - 1]!)) end--;
	if (start === end) return null;
	const exact = text.slice(start, end);
	const alone = anchorQuote(text, { source, exact });
	if (alone.ok && alone.excerpt.start === start) return { source, exact };
	const prefix = text.slice(Math.max(0, start - CONTEXT), start);
	const suffix = text.slice(end, end + CONTEXT);
	return { source, exact, prefix, suffix };
}
