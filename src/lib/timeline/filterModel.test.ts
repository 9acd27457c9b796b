import { describe, expect, it } from 'vitest';
import { filterModel } from './filterModel';
import { seededEvents } from './testEvents';
import { timelineModelOf } from './timelineModel';

describe('filterModel', () => {
	const model = timelineModelOf(seededEvents(500), [], 'UTC');
	const keep = Uint32Array.from({ length: 100 }, (_, i) => i * 5 + 2);
	const kept = filterModel(model, keep)!;

	it('keeps the chosen events in order, and the story’s fitted domain', () => {
		expect(kept.index.events.map((e) => e.id)).toEqual(
			Array.from(keep, (p) => model.index.events[p]!.id)
		);
		expect(kept.index.domain).toEqual(model.index.domain);
		expect(Array.from(kept.index.starts)).toEqual(kept.index.events.map((e) => e.start));
	});

	it('finds each kept event’s position by id, and none for the others', () => {
		kept.index.events.forEach((event, k) => {
			expect(kept.index.position.get(event.id)).toBe(k);
			expect(kept.index.position.has(event.id)).toBe(true);
		});
		const left = model.index.events[3]!.id;
		expect(kept.index.position.get(left)).toBeUndefined();
		expect(kept.index.position.has(left)).toBe(false);
		expect(kept.index.position.has('no-such-event')).toBe(false);
	});

	it('keeps nothing as null', () => {
		expect(filterModel(model, [])).toBeNull();
	});
});
