import { describe, expect, it } from 'vitest';
import type { ResolvedEvent } from '$lib/story/types';
import { highlightsIn, passageAnchors, passageId, segmentText, type Highlight } from './segments';

describe('segmentText', () => {
	const text = 'One two three.\nFour five.\n';

	it('keeps every character, paragraph by paragraph', () => {
		const paragraphs = segmentText(text, [{ start: 4, end: 7, eventId: 'e' }]);
		expect(paragraphs.map((p) => p.segments.map((s) => s.text).join(''))).toEqual([
			'One two three.',
			'Four five.'
		]);
	});

	it('cuts at highlight edges and tags the covered runs', () => {
		const [first] = segmentText(text, [{ start: 4, end: 7, eventId: 'e' }]);
		expect(first!.segments).toEqual([
			{ text: 'One ', start: 0, eventIds: [] },
			{ text: 'two', start: 4, eventIds: ['e'] },
			{ text: ' three.', start: 7, eventIds: [] }
		]);
	});

	it('flattens overlapping passages into runs covered by both', () => {
		const [first] = segmentText(text, [
			{ start: 0, end: 7, eventId: 'a' },
			{ start: 4, end: 13, eventId: 'b' }
		]);
		expect(first!.segments.map((s) => [s.text, s.eventIds])).toEqual([
			['One ', ['a']],
			['two', ['a', 'b']],
			[' three', ['b']],
			['.', []]
		]);
	});

	it('places a highlight in the second paragraph by absolute offsets', () => {
		const [, second] = segmentText(text, [{ start: 20, end: 24, eventId: 'e' }]);
		expect(second!.start).toBe(15);
		expect(second!.segments.find((s) => s.eventIds.length)).toEqual({
			text: 'five',
			start: 20,
			eventIds: ['e']
		});
	});
});

// Issue 10, case 1: an event with 20,000 excerpts in one paragraph took seconds to open, as
// every run filtered every highlight. One sweep reads each highlight a fixed number of times.
describe('segmentText does one sweep', () => {
	/** The highlights, counting every read of an element. */
	function counted(highlights: Highlight[]) {
		let reads = 0;
		const proxy = new Proxy(highlights, {
			get(target, key, receiver) {
				if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
				return Reflect.get(target, key, receiver);
			}
		});
		return { proxy, reads: () => reads };
	}

	it('reads each of 20,000 highlights in one paragraph a few times, not once per run', () => {
		const text = 'ab'.repeat(20_000);
		const highlights = Array.from({ length: 20_000 }, (_, i) => ({
			start: 2 * i,
			end: 2 * i + 1,
			eventId: 'e'
		}));
		const { proxy, reads } = counted(highlights);
		const [paragraph] = segmentText(text, proxy);
		expect(paragraph!.segments).toHaveLength(40_000);
		expect(paragraph!.segments[0]).toEqual({ text: 'a', start: 0, eventIds: ['e'] });
		expect(paragraph!.segments[1]).toEqual({ text: 'b', start: 1, eventIds: [] });
		expect(reads()).toBeLessThanOrEqual(3 * highlights.length);
	});

	it('agrees with covering each run by hand, for nested, shared and crossing passages', () => {
		const text = 'abcdefghij\nklmnopqrst';
		const highlights: Highlight[] = [
			{ start: 0, end: 15, eventId: 'a' },
			{ start: 2, end: 4, eventId: 'b' },
			{ start: 2, end: 4, eventId: 'c' },
			{ start: 3, end: 12, eventId: 'b' },
			{ start: 5, end: 5, eventId: 'empty' }
		];
		const runs = segmentText(text, highlights).flatMap((p) => p.segments);
		expect(runs.map((r) => r.text).join('')).toBe(text.replace('\n', ''));
		for (const run of runs) {
			const end = run.start + run.text.length;
			const covering = highlights.filter(
				(h) => h.start <= run.start && h.end >= end && h.start < h.end
			);
			expect(run.eventIds, run.text).toEqual([...new Set(covering.map((h) => h.eventId))]);
		}
	});
});

describe('highlightsIn', () => {
	const excerpt = (source: string, start: number) => ({
		source,
		exact: 'x',
		prefix: '',
		suffix: '',
		start,
		end: start + 1
	});
	const event = (id: string, excerpts: ReturnType<typeof excerpt>[]) =>
		({ id, excerpts }) as unknown as ResolvedEvent;

	it('keeps only the passages quoted from that source, with their events', () => {
		const events = [
			event('a', [excerpt('wire', 0), excerpt('paper', 5)]),
			event('b', [excerpt('wire', 9)])
		];
		expect(highlightsIn('wire', events)).toEqual([
			{ start: 0, end: 1, eventId: 'a', index: 0 },
			{ start: 9, end: 10, eventId: 'b', index: 0 }
		]);
		expect(highlightsIn('paper', events)).toEqual([{ start: 5, end: 6, eventId: 'a', index: 1 }]);
		expect(highlightsIn('radio', events)).toEqual([]);
	});
});

describe('passageAnchors', () => {
	it('numbers each event’s passages per source, and keeps the old ids counted over all sources', () => {
		const anchors = passageAnchors('paper', [
			{ start: 5, end: 6, eventId: 'a', index: 1 },
			{ start: 8, end: 9, eventId: 'b', index: 0 },
			{ start: 12, end: 13, eventId: 'a', index: 2 }
		]);
		expect([...anchors]).toEqual([
			['a@5', { id: 'passage-a--paper-0', legacyId: 'passage-a-1' }],
			['b@8', { id: 'passage-b--paper-0', legacyId: 'passage-b-0' }],
			['a@12', { id: 'passage-a--paper-1', legacyId: 'passage-a-2' }]
		]);
	});

	it('keeps ids of events and sources with hyphens apart', () => {
		expect(passageId('a-b', 'c', 0)).not.toBe(passageId('a', 'b-c', 0));
	});
});
