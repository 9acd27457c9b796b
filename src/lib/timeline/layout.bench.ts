import { bench, describe } from 'vitest';
import { defaultLayoutOptions, layoutEvents, packLanes } from './layout';
import type { TimelineEvent } from './timelineEvents';
import { createTimeScale } from './timeScale';

// Layout runs on every zoom frame: at 60 fps it has well under 16.7 ms.
const day = 86_400_000;
const t0 = Date.parse('2025-01-01T00:00:00Z');

function events(count: number): TimelineEvent[] {
	// Deterministic pseudo-random spread over a year: no Math.random, same figures each run.
	return Array.from({ length: count }, (_, i) => {
		const start = t0 + ((i * 7919) % 365) * day + ((i * 104729) % 24) * 3_600_000;
		const span = i % 5 === 0;
		return {
			id: `e${i}`,
			title: `Event number ${i} of the year`,
			start,
			end: start + (span ? (1 + (i % 4)) * day : day),
			precision: span ? 'span' : 'day',
			basis: i % 3 === 0 ? 'inferred' : 'stated',
			description: `Event ${i}`
		};
	});
}

for (const count of [100, 1_000, 10_000]) {
	const input = events(count);
	const base = createTimeScale([new Date(t0), new Date(t0 + 365 * day)], 1200);
	const zoomed = createTimeScale([new Date(t0 + 100 * day), new Date(t0 + 130 * day)], 1200);
	describe(`${count} events`, () => {
		bench('first layout: pack rows and place marks', () => {
			layoutEvents(input, base, { ...defaultLayoutOptions, width: 1200 });
		});
		const options = { ...defaultLayoutOptions, width: 1200 };
		const lanes = packLanes(input, base, options);
		bench('zoom frame: place marks in rows packed once at the fitted scale', () => {
			layoutEvents(input, zoomed, options, lanes);
		});
	});
}
