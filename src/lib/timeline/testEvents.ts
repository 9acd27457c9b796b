import type { TimelineEvent } from './timelineEvents';

export const hour = 3_600_000;
export const day = 24 * hour;

/** A timeline event for tests: `start` and `end` are wall-clock milliseconds. */
export function timelineEvent(
	id: string,
	start: number,
	end: number,
	overrides: Partial<Omit<TimelineEvent, 'id' | 'start' | 'end'>> = {}
): TimelineEvent {
	return {
		id,
		title: `Event ${id}`,
		start,
		end,
		precision: 'day',
		// A span lasts (a bar) unless the test says otherwise.
		extent: overrides.precision === 'span' ? 'throughout' : 'within',
		basis: 'stated',
		description: `Event ${id}`,
		...overrides
	};
}

/**
 * `count` events spread over a year from `t0`, deterministic (no Math.random): instants at
 * a pseudo-random hour, a third of them spans of one to four days.
 */
export function seededEvents(count: number, t0 = Date.UTC(2025, 0, 1)): TimelineEvent[] {
	let seed = 42;
	const next = () => {
		seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
		return seed / 2 ** 31;
	};
	return Array.from({ length: count }, (_, i) => {
		const start = t0 + Math.floor(next() * 365 * 24) * hour;
		const span = i % 3 === 0;
		return timelineEvent(
			`e${i}`,
			start,
			span ? start + (1 + Math.floor(next() * 4)) * day : start,
			{
				title: `Seeded event number ${i}`,
				precision: span ? 'span' : 'instant'
			}
		);
	});
}
