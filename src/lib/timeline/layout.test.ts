import { describe, expect, it } from 'vitest';
import { defaultLayoutOptions, layoutEvents, packLanes } from './layout';
import type { TimelineEvent } from './timelineEvents';
import { createTimeScale } from './timeScale';

const day = 86_400_000;
const t0 = Date.parse('2025-02-24T00:00:00Z');
const event = (
	id: string,
	startDay: number,
	days: number,
	precision: TimelineEvent['precision']
): TimelineEvent => ({
	id,
	title: `Event ${id}`,
	start: t0 + startDay * day,
	end: t0 + (startDay + days) * day,
	precision,
	basis: 'stated',
	description: id
});

describe('layoutEvents', () => {
	const scale = createTimeScale([new Date(t0), new Date(t0 + 7 * day)], 700);
	const options = { ...defaultLayoutOptions, width: 700 };

	it('draws a day as a point at its middle and a span as a bar over its days', () => {
		const [point, bar] = layoutEvents(
			[event('p', 4, 1, 'day'), event('b', 0, 3, 'span')],
			scale,
			options
		);
		expect(point).toMatchObject({ shape: 'point', x0: 400, x1: 500, cx: 450 });
		expect(bar).toMatchObject({ shape: 'bar', x0: 0, x1: 300 });
	});

	it('stacks marks whose labels would collide into separate lanes', () => {
		const marks = layoutEvents(
			[event('a', 1, 1, 'day'), event('b', 1.2, 1, 'day'), event('c', 6, 1, 'day')],
			scale,
			options
		);
		expect(marks.map((m) => m.lane)).toEqual([0, 1, 0]);
	});

	it('keeps a bar’s label on screen while the bar is partly off to the left', () => {
		const zoomed = createTimeScale([new Date(t0 + 2 * day), new Date(t0 + 3 * day)], 700);
		const [bar] = layoutEvents([event('b', 0, 5, 'span')], zoomed, options);
		expect(bar!.x0).toBeLessThan(0);
		expect(bar!.labelX).toBe(defaultLayoutOptions.labelGap);
		expect(bar!.visible).toBe(true);
	});

	it('marks events outside the view as not visible', () => {
		const zoomed = createTimeScale([new Date(t0), new Date(t0 + day)], 700);
		const [, far] = layoutEvents(
			[event('near', 0, 1, 'day'), event('far', 5, 1, 'day')],
			zoomed,
			options
		);
		expect(far!.visible).toBe(false);
	});

	it('keeps rows stable while zooming in when packed at the fitted scale', () => {
		// Short intervals: at the fitted scale their labels collide, a day's zoom sets them apart.
		const events = [
			event('a', 1, 0.1, 'day'),
			event('b', 1.2, 0.1, 'day'),
			event('c', 6, 0.1, 'day')
		];
		const zoomed = createTimeScale([new Date(t0 + day), new Date(t0 + 2 * day)], 700);
		const free = layoutEvents(events, zoomed, options).map((m) => m.lane);
		const stable = layoutEvents(events, zoomed, options, packLanes(events, scale, options)).map(
			(m) => m.lane
		);
		expect(free).toEqual([0, 0, 0]);
		expect(stable).toEqual([0, 1, 0]);
	});

	it('uses measured label widths when given', () => {
		const [mark] = layoutEvents([event('m', 0, 1, 'day')], scale, {
			...options,
			measureLabel: () => 100
		});
		expect(mark!.labelWidth).toBe(108);
	});

	it('caps long labels', () => {
		const long = { ...event('l', 0, 1, 'day'), title: 'x'.repeat(200) };
		const [mark] = layoutEvents([long], scale, options);
		expect(mark!.labelWidth).toBe(defaultLayoutOptions.maxLabelWidth);
	});
});
