import { describe, expect, it } from 'vitest';
import type { ClusterMark, EventMark } from './layoutTypes';
import { THUMBNAIL_SIZE, thumbnailRoom } from './thumbnailRoom';

/** A point at `left` in `row`, its label of `label` px after it (none: hidden). */
function mark(id: string, left: number, label: number | null, row = 0): EventMark {
	const labelX = left + 18;
	const labelWidth = label ?? 0;
	return {
		event: { id } as EventMark['event'],
		index: 0,
		shape: 'point',
		x0: left,
		x1: left + 12,
		cx: left + 6,
		left,
		right: label === null ? left + 12 : labelX + labelWidth,
		labelX: label === null ? left : labelX,
		labelWidth,
		showLabel: label !== null,
		row,
		top: row * 34
	};
}

const cluster = (x0: number, row = 0) => ({ key: 'c', x0, x1: x0 + 30, row }) as ClusterMark;

/** Every mark has a picture except those named "plain". */
const pictureOf = (m: EventMark) =>
	m.event.id.startsWith('plain') ? undefined : `${m.event.id}.jpg`;

const placed = (marks: EventMark[], clusters: ClusterMark[] = [], width = 1000) =>
	thumbnailRoom(marks, clusters, width, pictureOf).map((p) => [p.mark.event.id, p.x]);

describe('thumbnailRoom', () => {
	it.each([
		['alone in its row, after its label', [mark('a', 10, 100)], [], [['a', 132]]],
		['no picture: nothing', [mark('plain', 10, 100)], [], []],
		['a hidden label: no picture either', [mark('a', 10, null)], [], []],
		['the next mark too close', [mark('a', 10, 100), mark('b', 150, 50)], [], [['b', 222]]],
		[
			'the next mark just far enough',
			[mark('a', 10, 100), mark('b', 132 + THUMBNAIL_SIZE + 4, 50)],
			[],
			[
				['a', 132],
				['b', 132 + THUMBNAIL_SIZE + 4 + 72]
			]
		],
		['a cluster in the way', [mark('a', 10, 100)], [cluster(140)], []],
		['a cluster in another row', [mark('a', 10, 100)], [cluster(140, 1)], [['a', 132]]],
		[
			'another row is no obstacle',
			[mark('a', 10, 100), mark('b', 140, 50, 1)],
			[],
			[
				['a', 132],
				['b', 212]
			]
		]
	])('%s', (_, marks, clusters, expected) => {
		expect(placed(marks as EventMark[], clusters as ClusterMark[])).toEqual(expected);
	});

	it('keeps clear of the right edge', () => {
		expect(placed([mark('a', 10, 100)], [], 132 + THUMBNAIL_SIZE + 4)).toEqual([['a', 132]]);
		expect(placed([mark('a', 10, 100)], [], 132 + THUMBNAIL_SIZE + 3)).toEqual([]);
	});

	it('puts it after the point when the label is drawn to the left', () => {
		const left: EventMark = { ...mark('a', 500, 100), labelX: 382, left: 382, right: 512 };
		expect(placed([left])).toEqual([['a', 516]]);
	});

	it('gives every mark of a long, widely spaced row its picture', () => {
		const marks = Array.from({ length: 2_000 }, (_, i) => mark(`m${i}`, i * 200, 60));
		const places = thumbnailRoom(marks, [], 400_000, pictureOf);
		expect(places.map((p) => p.x)).toEqual(marks.map((m) => m.left + 18 + 60 + 4));
	});
});
