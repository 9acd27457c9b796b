import { min, utcTicks } from 'd3';
import { historicalYearTicks } from './historicalYears';
import type { TimeScale } from './timeScale';

/** About one tick per this many pixels, as a first try. */
const TARGET_SPACING = 110;

/**
 * The axis ticks for a plot `width` pixels wide, at least `minSpacing` pixels apart so
 * labels ("Wed 19 Feb" is about 70 px) never run into each other, at any width or zoom.
 * d3's calendar ticks (those of its UTC scale) take the count only as a hint (they round to
 * nice calendar steps and may give more), so the count is lowered until the ticks are far
 * enough apart. Ticks cover the whole
 * visible width (the scale's own range stops short of it to leave room for labels), but
 * not its last `minSpacing` pixels, where a label would be cut by the plot's edge. Before
 * the common era, years are ticked at round years as counted BC (see historicalYears.ts).
 */
export function axisTicks(scale: TimeScale, width: number, minSpacing = 80): Date[] {
	const [start, end] = [new Date(scale.invert(0)), new Date(scale.invert(width))];
	const visible = scale.copy().domain([start, end]).range([0, width]);
	let ticks: Date[] = [];
	for (let count = Math.max(2, Math.floor(width / TARGET_SPACING)); count >= 1; count--) {
		ticks = historicalYearTicks(start, end, count) ?? utcTicks(start, end, count);
		// d3's min loops: spreading as many arguments as a wide plot has ticks overflows the stack.
		const spacing = min(ticks.slice(1), (t, i) => visible(t) - visible(ticks[i]!)) ?? Infinity;
		if (spacing >= minSpacing) break;
	}
	return ticks.filter((t) => visible(t) <= width - minSpacing);
}
