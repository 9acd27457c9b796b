import { describe, expect, it } from 'vitest';
import { LABEL_EDGE, PLOT_PAD } from './layoutFrame';
import { layoutTimeline } from './layoutTimeline';
import type { TimelineLayout } from './layoutTypes';
import { day, hour, seededEvents, timelineEvent } from './testEvents';
import { identity, layoutOptions as options } from './testLayout';
import { createTimelineIndex } from './timelineIndex';

// The fitted view's edges: marks whole inside the plot, every label there too, and every
// drawn mark with its label (what has no room for one is counted in a cluster).

const t0 = Date.UTC(2025, 1, 19);
const titled = (id: string, start: number, end: number, title: string) =>
	timelineEvent(id, start, end, { title });

/** What a frame draws that is not inside [0, width]: marks, labels and clusters. */
function outside(layout: TimelineLayout, width: number): string[] {
	const out: string[] = [];
	for (const m of layout.marks) {
		if (m.left < 0 || m.right > width) out.push(`mark ${m.event.id}`);
		if (m.showLabel && (m.labelX < LABEL_EDGE || m.labelX + m.labelWidth > width - LABEL_EDGE))
			out.push(`label ${m.event.id}`);
	}
	for (const c of layout.clusters) if (c.x0 < 0 || c.x1 > width) out.push(`cluster ${c.key}`);
	return out;
}

describe('the fitted view’s edges', () => {
	const week = [
		titled('first', t0, t0 + day, 'Trump calls Zelenskyy a dictator'),
		titled('visit', t0 + 5 * day, t0 + 8 * day, 'Macron visits the White House'),
		titled('friday', t0 + 9 * day, t0 + 10 * day, 'Zelenskyy meets Trump on minerals deal'),
		titled('sunday', t0 + 11 * day, t0 + 12 * day, 'Zelenskyy meets Starmer and Rutte in the UK')
	];
	week[1]!.precision = 'span';

	it.each([320, 390, 1366])(
		'at %i px the events span the plot but a point’s width at either edge',
		(width) => {
			const layout = layoutTimeline(createTimelineIndex(week), [], width, identity, options);
			expect(layout.scale(t0)).toBeCloseTo(PLOT_PAD, 6);
			expect(layout.scale(t0 + 12 * day)).toBeCloseTo(width - PLOT_PAD, 6);
			expect(outside(layout, width)).toEqual([]);
		}
	);

	it('the labels of the last events go to the left of their marks, whole', () => {
		const layout = layoutTimeline(createTimelineIndex(week), [], 1366, identity, options);
		const sunday = layout.marks.find((m) => m.event.id === 'sunday')!;
		expect(sunday.showLabel).toBe(true);
		expect(sunday.labelX + sunday.labelWidth).toBeLessThan(sunday.cx);
		// Whole: as wide as any label is drawn (by characters here), not cut to fit.
		const whole = Math.ceil(sunday.event.title.length * options.charWidth) + 8;
		expect(sunday.labelWidth).toBe(Math.min(options.maxLabelWidth, whole));
	});

	it.each([320, 390])(
		'at %i px, a crowded fit: every mark has its label or is counted in a cluster',
		(width) => {
			const events = [
				...seededEvents(60),
				...Array.from({ length: 12 }, (_, i) =>
					timelineEvent(`same${i}`, t0 + 9 * hour, t0 + 9 * hour, { precision: 'instant' })
				)
			];
			const layout = layoutTimeline(createTimelineIndex(events), [], width, identity, options);
			expect(layout.marks.filter((m) => !m.showLabel).map((m) => m.event.id)).toEqual([]);
			expect(layout.marks.length + layout.clusters.reduce((n, c) => n + c.count, 0)).toBe(
				events.length
			);
			expect(layout.clusters.length).toBeGreaterThan(0);
			expect(outside(layout, width)).toEqual([]);
		}
	);

	it('at 390 px, the last events take what room their rows leave, their labels cut, not merged', () => {
		// Seven days' worth of events stacked over the middle of the week fill every row but
		// the first to near the end: the last two have only part of a label's room on the left.
		const middle = Array.from({ length: 7 }, (_, i) =>
			titled(`middle${i}`, t0 + 5 * day, t0 + 8 * day, 'Starmer pledges 2.5% of GDP for defence')
		);
		const events = [
			week[0]!,
			...middle,
			titled('thursday', t0 + 8 * day, t0 + 9 * day, 'Starmer meets Trump'),
			week[2]!
		];
		const layout = layoutTimeline(createTimelineIndex(events), [], 390, identity, options);
		expect(layout.clusters).toEqual([]);
		const last = ['thursday', 'friday'].map((id) => layout.marks.find((m) => m.event.id === id)!);
		for (const mark of last) {
			expect(mark.showLabel).toBe(true);
			expect(mark.labelWidth).toBeGreaterThanOrEqual(56);
			expect(mark.labelX + mark.labelWidth).toBeLessThan(mark.cx);
		}
		// One of them shares the first row, after the first event's label, with a shorter label.
		const first = layout.marks.find((m) => m.event.id === 'first')!;
		const shared = last.find((m) => m.row === first.row)!;
		expect(shared.labelX).toBeGreaterThan(first.labelX + first.labelWidth);
		expect(shared.labelWidth).toBeLessThan(
			Math.ceil(shared.event.title.length * options.charWidth) + 8
		);
		expect(outside(layout, 390)).toEqual([]);
	});

	it('zoomed in at the story’s end, labels still never run past its end', () => {
		const index = createTimelineIndex(week);
		const fitted = layoutTimeline(index, [], 600, identity, options);
		// Four times closer, the view's right edge on the story's end (the pad after it).
		const k = 4;
		const layout = layoutTimeline(index, [], 600, { k, x: 600 - 600 * k }, options);
		expect(fitted.visible[1]).toBeCloseTo(layout.visible[1], -3);
		expect(outside(layout, 600)).toEqual([]);
		expect(layout.marks.find((m) => m.event.id === 'sunday')!.showLabel).toBe(true);
	});
});
