import { describe, expect, it } from 'vitest';
import { loadTestStory, testEvent, testStory } from '../testing';

/** An event dated by an editorial EDTF season, in a place in `timeZone`. */
function seasonEvent(expression: string, timeZone: string, note?: string) {
	const story = loadTestStory(
		testStory({
			events: [
				testEvent('works', {
					place: { name: 'Here', timeZone },
					when: { text: null, basis: 'editorial', expression, note: note ?? 'Archive.' }
				})
			]
		})
	);
	return story.events[0]!.when;
}

describe('an EDTF season’s hemisphere travels with the resolved date, for readers', () => {
	it.each([
		['2025-21', 'Europe/London', /from March to May, in the northern hemisphere/],
		['2025-21', 'Australia/Sydney', /from September to November, in the southern hemisphere/],
		['2025-29', 'Europe/London', /southern hemisphere \(as its code says\)/]
	])('%s in %s', (expression, zone, assumption) => {
		expect(seasonEvent(expression, zone).assumption).toMatch(assumption);
	});

	it('comes as words too, for the reader’s language', () => {
		expect(seasonEvent('2025-21', 'Australia/Sydney').assumes).toEqual({
			key: 'seasonSouth',
			values: {
				first: { key: 'september' },
				last: { key: 'november' },
				why: { key: 'zoneSouth', values: { zone: 'Australia/Sydney' } }
			}
		});
	});

	it('a date that takes nothing for granted has none, even fed back with a stale one', () => {
		const when = seasonEvent('2025-03', 'Europe/London');
		expect(when).not.toHaveProperty('assumption');
		const stale = loadTestStory(
			testStory({
				events: [
					testEvent('works', {
						when: {
							text: null,
							basis: 'editorial',
							expression: '2025-03',
							note: 'Archive.',
							assumption: 'southern hemisphere'
						} as never
					})
				]
			})
		);
		expect(stale.events[0]!.when).not.toHaveProperty('assumption');
		expect(stale.events[0]!.when).not.toHaveProperty('assumes');
	});
});
