import { anchorQuote } from '$lib/story/anchorQuote';
import { getAt, setAt } from './storyDocument';

/** Changes to the story's list of events, each giving a new story. */

const eventsOf = (story: unknown): unknown[] => {
	const events = getAt(story, ['events']);
	return Array.isArray(events) ? events : [];
};

/** The event at `index` moved `by` places (up is negative), kept within the list. */
export function moveEvent(story: unknown, index: number, by: number): unknown {
	const events = [...eventsOf(story)];
	const to = Math.min(Math.max(index + by, 0), events.length - 1);
	if (to === index || index < 0 || index >= events.length) return story;
	const [event] = events.splice(index, 1);
	events.splice(to, 0, event);
	return setAt(story, ['events'], events);
}

export function removeEvent(story: unknown, index: number): unknown {
	return setAt(
		story,
		['events'],
		eventsOf(story).filter((_, i) => i !== index)
	);
}

/**
 * A new event at the end, with an id no other event has. Its title, date and quotes are
 * left to fill in: the story's problems say what is missing.
 */
export function addEvent(story: unknown): unknown {
	const events = eventsOf(story);
	const taken = new Set(events.map((event) => (event as { id?: unknown } | null)?.id));
	let id = 'new-event';
	for (let n = 2; taken.has(id); n++) id = `new-event-${n}`;
	const event = {
		id,
		title: '',
		summary: '',
		kind: 'other',
		actors: [],
		when: { text: null, basis: 'editorial', expression: '', note: '' },
		excerpts: []
	};
	return setAt(story, ['events'], [...events, event]);
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
