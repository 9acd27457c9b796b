import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findStory, stories } from './stories';

// Byte-exact sources (SHA-256) and notes on unstated dates are checked when stories load:
// a story that breaks them stops the import of ./stories, and every test here with it.
const story = findStory('starmer-washington-week')!;
const localCopy = 'src/data/stories/starmer-washington-week/huffpost-uk-starmer-washington.txt';
const sharedCopy = '../shared/sources/huffpost-uk-starmer-washington.txt';

describe('the story catalog', () => {
	it('loads every story in src/data/stories', () => {
		expect(stories.map((s) => s.id)).toContain('starmer-washington-week');
	});
});

describe('starmer-washington-week', () => {
	it.skipIf(!existsSync(sharedCopy))('matches the article as received', () => {
		expect(readFileSync(localCopy).equals(readFileSync(sharedCopy))).toBe(true);
	});

	it('quotes every paragraph that reports a happening; the rest are context with a reason', () => {
		const text = story.sources[0]!.text;
		const quoted = [
			...story.events.flatMap((e) => e.excerpts.map((x) => ({ ...x, by: e.id }))),
			...story.context.map((c) => ({ ...c, by: `context: ${c.reason}` }))
		];
		let start = 0;
		for (const paragraph of text.split('\n')) {
			const end = start + paragraph.length;
			if (paragraph.trim()) {
				const covering = quoted.filter((q) => q.start < end && q.end > start);
				expect(covering, `paragraph not quoted: “${paragraph.slice(0, 60)}…”`).not.toHaveLength(0);
			}
			start = end + 1;
		}
		expect(story.context.every((c) => c.reason.trim().length > 0)).toBe(true);
		// Context is the exception: most paragraphs belong to events.
		expect(story.context.length).toBeLessThan(text.split('\n').filter(Boolean).length / 3);
	});

	const when = (id: string) => story.events.find((e) => e.id === id)?.when;

	it.each([
		{
			id: 'macron-white-house-visit',
			start: '2025-02-24',
			end: '2025-02-26',
			precision: 'span',
			basis: 'stated',
			text: 'earlier this week'
		},
		{
			id: 'trump-wont-call-putin-dictator',
			start: '2025-02-24',
			end: '2025-02-26',
			precision: 'span',
			basis: 'stated',
			text: 'earlier this week'
		},
		{
			id: 'zelenskyy-meets-trump',
			start: '2025-02-28',
			end: '2025-02-28',
			precision: 'day',
			basis: 'stated',
			text: 'this Friday'
		},
		{
			id: 'zelenskyy-starmer-rutte-meeting',
			start: '2025-03-02',
			end: '2025-03-02',
			precision: 'day',
			basis: 'stated',
			text: 'on Sunday'
		},
		{
			id: 'starmer-flies-to-washington',
			start: '2025-02-24',
			end: '2025-02-26',
			precision: 'span',
			basis: 'inferred',
			text: null
		},
		{
			id: 'starmer-remarks-on-plane',
			start: '2025-02-24',
			end: '2025-02-26',
			precision: 'span',
			basis: 'inferred',
			text: null
		},
		{
			id: 'trump-cabinet-security-guarantees',
			start: '2025-02-24',
			end: '2025-02-26',
			precision: 'span',
			basis: 'inferred',
			text: null
		},
		{
			id: 'starmer-defence-spending-pledge',
			start: '2025-02-24',
			end: '2025-02-26',
			precision: 'span',
			basis: 'inferred',
			text: null
		},
		{
			id: 'trump-calls-zelenskyy-dictator',
			start: '2025-02-19',
			end: '2025-02-19',
			precision: 'day',
			basis: 'editorial',
			text: null
		}
	])('$id is $basis: $start – $end ($precision)', ({ id, ...expected }) => {
		expect(when(id)).toMatchObject(expected);
	});

	it('keeps the pledge’s deadline as a deadline, not a day', () => {
		const pledge = story.events.find((e) => e.id === 'starmer-defence-spending-pledge')!;
		expect(pledge.target).toMatchObject({ text: 'by 2027', end: '2027-12-31', modifier: 'before' });
	});

	it('counts a Washington Friday in Washington time', () => {
		expect(when('zelenskyy-meets-trump')).toMatchObject({
			timeZone: 'America/New_York',
			startsAt: '2025-02-28T05:00:00.000Z',
			endsAt: '2025-03-01T05:00:00.000Z'
		});
	});
});
