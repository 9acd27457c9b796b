import { describe, expect, it } from 'vitest';
import type { DatePrecision, ResolvedEvent } from '$lib/story/types';
import { storySpanEnds } from './storySpan';
import { formatDateRange } from './when';

/** The span as the home page writes it. */
function storySpan(events: readonly ResolvedEvent[]): string | null {
	const ends = storySpanEnds(events);
	return ends && formatDateRange(ends);
}

/** Just the `when` that storySpanEnds reads. */
function at(
	start: string,
	end: string,
	precision: DatePrecision,
	startsAt: string,
	endsAt: string
): ResolvedEvent {
	return {
		when: { start, end, precision, timeZone: 'Europe/London', startsAt, endsAt }
	} as ResolvedEvent;
}

const monday = at('2025-02-24', '2025-02-24', 'day', '2025-02-24T00:00Z', '2025-02-25T00:00Z');
const week = at('2025-02-24', '2025-03-02', 'span', '2025-02-24T00:00Z', '2025-03-03T00:00Z');
const thursday = at(
	'2025-02-27T09:30:00-05:00',
	'2025-02-27T09:30:00-05:00',
	'instant',
	'2025-02-27T14:30Z',
	'2025-02-27T14:30Z'
);

describe('storySpan', () => {
	it.each([
		{ name: 'no events', events: [], expected: null },
		{ name: 'one day', events: [monday], expected: 'Mon 24 Feb 2025' },
		{ name: 'two days', events: [monday, thursday], expected: 'Mon 24 Feb 2025 – Thu 27 Feb 2025' },
		{
			name: 'the last to end, not the last to start',
			events: [monday, week, thursday],
			expected: 'Mon 24 Feb 2025 – Sun 2 Mar 2025'
		},
		{ name: 'an instant alone is its day', events: [thursday], expected: 'Thu 27 Feb 2025' }
	])('$name', ({ events, expected }) => {
		expect(storySpan(events)).toBe(expected);
	});
});
