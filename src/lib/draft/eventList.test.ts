import { describe, expect, it } from 'vitest';
import { anchorQuote } from '$lib/story/anchorQuote';
import { addEra, addEvent, moveItem, quoteOf, removeItem } from './eventList';

const story = { title: 'T', events: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] };
const ids = (next: unknown) => (next as typeof story).events.map((event) => event.id);

describe('the list of events', () => {
	it.each([
		[0, 1, ['b', 'a', 'c']],
		[2, -1, ['a', 'c', 'b']],
		[0, -1, ['a', 'b', 'c']],
		[2, 1, ['a', 'b', 'c']],
		[1, -5, ['b', 'a', 'c']]
	])('moves event %i by %i', (index, by, expected) => {
		expect(ids(moveItem(story, ['events'], index, by))).toEqual(expected);
	});

	it('removes one event', () => {
		expect(ids(removeItem(story, ['events'], 1))).toEqual(['a', 'c']);
		expect(story.events).toHaveLength(3);
	});

	it('adds an event with an id no other has', () => {
		const once = addEvent(story);
		expect(ids(addEvent(once))).toEqual(['a', 'b', 'c', 'new-event', 'new-event-2']);
		expect(ids(addEvent({}))).toEqual(['new-event']);
	});

	it('adds an era with an id no other era has', () => {
		const eras = (next: unknown) => (next as { eras: { id: string }[] }).eras.map((era) => era.id);
		expect(eras(addEra(addEra({ eras: [{ id: 'new-era-2' }] })))).toEqual([
			'new-era-2',
			'new-era',
			'new-era-3'
		]);
	});
});

describe('quoteOf', () => {
	const text = 'He said no. Then he said no again. The end.';

	it.each([
		['words that occur once', 12, 34, 'Then he said no again.'],
		['spaces at the ends trimmed', 11, 17, 'Then']
	] as const)('%s', (_, start, end, expected) => {
		const quote = quoteOf(text, 's', start, end)!;
		expect(quote).toEqual({ source: 's', exact: expected });
	});

	it('picks the selected one of words that occur twice', () => {
		const second = text.indexOf('said no', 5);
		const quote = quoteOf(text, 's', second, second + 7)!;
		expect(quote).toMatchObject({
			exact: 'said no',
			prefix: 'He said no. Then he ',
			suffix: ' again. The end.'
		});
		const anchored = anchorQuote(text, quote);
		expect(anchored.ok && anchored.excerpt.start).toBe(second);
	});

	it('gives nothing for a selection of spaces', () => {
		expect(quoteOf(text, 's', 11, 12)).toBeNull();
	});
});
