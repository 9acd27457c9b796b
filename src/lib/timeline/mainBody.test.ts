import { describe, expect, it } from 'vitest';
import { bodyNote, mainBody } from './mainBody';
import { day, seededEvents, timelineEvent } from './testEvents';
import { createTimelineIndex } from './timelineIndex';
import type { TimelineEvent } from './timelineEvents';

const t0 = Date.UTC(2025, 1, 19);
const year = (y: number) => Date.UTC(y, 0, 1);

/** `n` events a day apart from Wed 19 Feb 2025. */
const week = (n: number): TimelineEvent[] =>
	Array.from({ length: n }, (_, i) => timelineEvent(`d${i}`, t0 + i * day, t0 + (i + 1) * day));
const yearEvent = (id: string, y: number) =>
	timelineEvent(id, year(y), year(y + 1), { precision: 'year' });

describe('mainBody: the events a first view fits when a few far off would squash them', () => {
	const rows: {
		name: string;
		events: TimelineEvent[];
		expected: { domain: [number, number]; earlier: number; later: number } | null;
	}[] = [
		{
			name: 'a 1962 background fact in a 2025 story: left out',
			events: [yearEvent('crisis', 1962), ...week(11)],
			expected: { domain: [t0, t0 + 11 * day], earlier: 1, later: 0 }
		},
		{
			name: 'one far later (a deadline in 2040): left out',
			events: [...week(11), yearEvent('deadline', 2040)],
			expected: { domain: [t0, t0 + 11 * day], earlier: 0, later: 1 }
		},
		{
			name: 'one either side, in a story of twenty: both left out',
			events: [yearEvent('before', 1962), ...week(18), yearEvent('after', 2040)],
			expected: { domain: [t0, t0 + 18 * day], earlier: 1, later: 1 }
		},
		{
			name: 'under ten events: always shown whole',
			events: [yearEvent('crisis', 1962), ...week(8)],
			expected: null
		},
		{
			name: 'two far off among twelve (more than a tenth): shown whole',
			events: [yearEvent('a', 1962), yearEvent('b', 1963), ...week(10)],
			expected: null
		},
		{
			name: 'Ada Lovelace (1815) before nine events of 1943 to 1985: the rest still takes a quarter, shown whole',
			events: [
				timelineEvent('ada', year(1815), year(1852), { precision: 'span' }),
				...[1943, 1944, 1948, 1951, 1952, 1956, 1958, 1972, 1985].map((y) => yearEvent(`y${y}`, y))
			],
			expected: null
		},
		{
			name: 'events spread over a year: nothing to leave out',
			events: seededEvents(1000),
			expected: null
		},
		{
			name: 'a body whose own bar runs for decades is no body',
			events: [
				yearEvent('crisis', 1962),
				timelineEvent('long', t0, year(2060), { precision: 'span' }),
				...week(10)
			],
			expected: null
		}
	];
	it.each(rows)('$name', ({ events, expected }) => {
		expect(mainBody(createTimelineIndex(events))).toEqual(expected);
	});

	it('leaves out the fewest events it can, and looks at a tenth of them at most', () => {
		// 1,000 events in one week of 2025 and three in the 1960s: the three go, no more.
		const dense = Array.from({ length: 1000 }, (_, i) =>
			timelineEvent(`e${i}`, t0 + (i % 7) * day, t0 + (i % 7) * day + day)
		);
		const far = [1961, 1962, 1963].map((y) => yearEvent(`y${y}`, y));
		const body = mainBody(createTimelineIndex([...far, ...dense]));
		expect(body).toEqual({ domain: [t0, t0 + 7 * day], earlier: 3, later: 0 });
	});
});

describe('bodyNote: what the view that fits the body says', () => {
	const domain: [number, number] = [year(1962), t0 + 20 * day];
	const body = { domain: [t0, t0 + 11 * day] as [number, number], earlier: 1, later: 0 };
	const rows: {
		name: string;
		body: typeof body | null;
		visible: [number, number];
		expected: string | null;
	}[] = [
		{
			name: 'the body in view, the 1962 event not',
			body,
			visible: [t0 - day, t0 + 12 * day],
			expected: '1 earlier event: show all'
		},
		{
			name: 'everything in view',
			body,
			visible: [year(1961), t0 + 21 * day],
			expected: null
		},
		{ name: 'zoomed into the body', body, visible: [t0 + day, t0 + 3 * day], expected: null },
		{ name: 'no body', body: null, visible: [t0, t0 + 11 * day], expected: null },
		{
			name: 'several either side',
			body: { ...body, earlier: 2, later: 3 },
			visible: [t0 - day, t0 + 12 * day],
			expected: '2 earlier and 3 later events: show all'
		},
		{
			name: 'one later',
			body: { ...body, earlier: 0, later: 1 },
			visible: [t0 - day, t0 + 12 * day],
			expected: '1 later event: show all'
		}
	];
	it.each(rows)('$name', ({ body, visible, expected }) => {
		expect(bodyNote(body, visible, domain)).toBe(expected);
	});
});
