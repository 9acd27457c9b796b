import { describe, expect, it } from 'vitest';
import type { ResolvedEvent } from '$lib/story/types';
import fc from 'fast-check';
import {
	highlightsIn,
	passageAnchors,
	passageId,
	segmentText,
	type Highlight,
	type Paragraph
} from './segments';

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

describe('segmentText, against the plain definition', () => {
	/** Each run: the events of the highlights that cover all of it, in highlight order. */
	function naive(text: string, highlights: Highlight[]): Paragraph[] {
		const paragraphs: Paragraph[] = [];
		let offset = 0;
		for (const line of text.split('\n')) {
			const start = offset;
			const end = start + line.length;
			offset = end + 1;
			if (line.length === 0) continue;
			const cuts = new Set([start, end]);
			for (const h of highlights) {
				if (h.start > start && h.start < end) cuts.add(h.start);
				if (h.end > start && h.end < end) cuts.add(h.end);
			}
			const points = [...cuts].sort((a, b) => a - b);
			const segments = points.slice(0, -1).map((from, i) => {
				const to = points[i + 1]!;
				const ids = highlights.filter((h) => h.start <= from && h.end >= to).map((h) => h.eventId);
				return { text: text.slice(from, to), start: from, eventIds: [...new Set(ids)] };
			});
			paragraphs.push({ start, segments });
		}
		return paragraphs;
	}

	it('gives the same runs for any text and highlights', () => {
		const input = fc
			.string({ unit: fc.constantFrom('a', 'b', '\n'), maxLength: 40 })
			.chain((text) =>
				fc.tuple(
					fc.constant(text),
					fc.array(
						fc
							.tuple(
								fc.nat({ max: text.length }),
								fc.nat({ max: text.length }),
								fc.constantFrom('x', 'y', 'z')
							)
							.map(([a, b, eventId]) => ({ start: Math.min(a, b), end: Math.max(a, b), eventId })),
						{ maxLength: 8 }
					)
				)
			);
		fc.assert(
			fc.property(input, ([text, highlights]) => {
				expect(segmentText(text, highlights)).toEqual(naive(text, highlights));
			})
		);
	});
});
