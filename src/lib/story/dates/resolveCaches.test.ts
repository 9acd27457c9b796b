import { describe, expect, it } from 'vitest';
import { resolveDateExpression } from './resolveDate';
import { dayFactsComputed } from './dayFacts';
import { referenceDay, referenceDaysComputed } from './referenceDay';

/**
 * A big story dates thousands of events against a few hundred publications: the resolver's
 * caches must make the work grow with the distinct days and zones, not with the events.
 * These count work, never time.
 */
describe('resolver caches', () => {
	const zones = ['Europe/London', 'America/New_York', 'Asia/Tokyo'];
	const words = ['this week', 'last week', 'earlier this week', '3 March 2025', '1 March 2025'];
	const resolveAll = () =>
		Array.from({ length: 600 }, (_, i) =>
			resolveDateExpression(words[i % words.length] ?? '', {
				published: '2025-03-05',
				publishedTimeZone: 'Europe/London',
				timeZone: zones[i % zones.length] ?? 'UTC'
			})
		);

	it('works out each reference day and each day once per zone, however many events', () => {
		const days = dayFactsComputed();
		const references = referenceDaysComputed();
		const first = resolveAll();
		// One reference day per event zone; at most the days named (24 Feb to 9 Mar) per zone.
		expect(referenceDaysComputed() - references).toBe(zones.length);
		expect(dayFactsComputed() - days).toBeLessThanOrEqual(14 * zones.length);
		expect(dayFactsComputed() - days).toBeGreaterThan(0);
		// Again: all looked up, and the same results.
		const computed = dayFactsComputed();
		expect(resolveAll()).toEqual(first);
		expect(dayFactsComputed()).toBe(computed);
		expect(first[0]).toEqual({
			ok: true,
			date: {
				start: '2025-03-03',
				end: '2025-03-09',
				precision: 'span',
				extent: 'within',
				timeZone: 'Europe/London',
				startsAt: '2025-03-03T00:00:00.000Z',
				endsAt: '2025-03-10T00:00:00.000Z'
			},
			assumption: expect.objectContaining({ says: { key: 'weeksIso' } })
		});
	});

	it('gives each caller its own reference day, so changing one changes no other', () => {
		const mine = referenceDay('2025-03-30', 'Europe/London', 'Europe/London');
		expect(mine?.toISOString()).toBe('2025-03-30T00:00:00.000+00:00');
		mine?.setFullYear(1999);
		const yours = referenceDay('2025-03-30', 'Europe/London', 'Europe/London');
		expect(yours?.toISOString()).toBe('2025-03-30T00:00:00.000+00:00');
		expect(referenceDay('not a date', 'Europe/London', 'Europe/London')).toBeNull();
	});
});
