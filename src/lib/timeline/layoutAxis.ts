import { axisTicks, labelsLeft, MIN_TICK_SPACING } from './axisTicks';
import { labelSpacing } from './labelWidth';
import type { LayoutFrame } from './layoutFrame';
import type { TimelineLayout } from './layoutTypes';
import { axisPrecision, axisUnit, formatTick, tickUnit } from './tickFormat';

/**
 * The axis of a frame: its ticks, each labelled among its neighbours, and what it counts in.
 * Ticks are at least `MIN_TICK_SPACING` apart, more where the labels are wider (a language's
 * longer day names: "qua. 17 de set.", "الخميس، 27 فبراير"): the ticks are chosen again,
 * once, as far apart as the widest label needs.
 */
export function layoutAxis({
	scale,
	width,
	options
}: LayoutFrame): Pick<TimelineLayout, 'ticks' | 'unit' | 'precision'> {
	let spacing = MIN_TICK_SPACING;
	let times = axisTicks(scale, width, spacing);
	let labels = times.map((time) => formatTick(time, times));
	const needed = labelSpacing(labels);
	if (needed > spacing) {
		spacing = needed;
		times = axisTicks(scale, width, spacing);
		labels = times.map((time) => formatTick(time, times));
	}
	const ticks = times.map((time, i) => ({
		time,
		x: scale(time),
		labelLeft: labelsLeft(scale(time), width, spacing),
		label: labels[i]!,
		unit: tickUnit(time)
	}));
	return {
		ticks,
		unit: axisUnit(times, options.displayTimeZone),
		precision: axisPrecision(times)
	};
}
