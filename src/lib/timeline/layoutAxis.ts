import { axisTicks, labelsLeft } from './axisTicks';
import type { LayoutFrame } from './layoutFrame';
import type { TimelineLayout } from './layoutTypes';
import { axisPrecision, axisUnit, formatTick, tickUnit } from './tickFormat';

/** The axis of a frame: its ticks, each labelled among its neighbours, and what it counts in. */
export function layoutAxis({
	scale,
	width,
	options
}: LayoutFrame): Pick<TimelineLayout, 'ticks' | 'unit' | 'precision'> {
	const ticks = axisTicks(scale, width).map((time) => ({
		time,
		x: scale(time),
		labelLeft: labelsLeft(scale(time), width),
		label: '',
		unit: tickUnit(time)
	}));
	const tickDates = ticks.map((t) => t.time);
	for (const tick of ticks) tick.label = formatTick(tick.time, tickDates);
	return {
		ticks,
		unit: axisUnit(tickDates, options.displayTimeZone),
		precision: axisPrecision(tickDates)
	};
}
