import { min, utcTicks } from 'd3';
import { historicalYearTicks } from './historicalYears';
import type { TimeScale } from './timeScale';

/**
 * How far from the tick before, in `minSpacing`s, a tick whose label goes to the left of
 * its line must be: room for two labels (each some 10 px short of `minSpacing`) between.
 */
const LEFT_LABEL_SPACING = 1.9;

/** The least room between ticks: "Wed 19 Feb" is about 70 px (see labelWidth.ts). */
export const MIN_TICK_SPACING = 80;

/** About one tick per this many pixels, as a first try. */
const TARGET_SPACING = 110;

/**
 * The axis ticks for a plot `width` pixels wide, at least `minSpacing` pixels apart so
 * labels ("Wed 19 Feb" is about 70 px) never run into each other, at any width or zoom.
 * d3's calendar ticks (those of its UTC scale) take the count only as a hint (they round to
 * nice calendar steps and may give more), so the count is lowered until the ticks are far
 * enough apart. Ticks cover the whole visible width but its last `minSpacing` pixels,
 * where a label would be cut by the plot's edge; one tick there is kept when it is nearly
 * twice that from the tick before, for its label goes to the left of its line (see
 * `labelsLeft`), so that a narrow plot still shows two. Before the common era, years are
 * ticked at round years as counted BC (see historicalYears.ts).
 */
export function axisTicks(scale: TimeScale, width: number, minSpacing = MIN_TICK_SPACING): Date[] {
	const [start, end] = [new Date(scale.invert(0)), new Date(scale.invert(width))];
	const visible = scale.copy().domain([start, end]).range([0, width]);
	let ticks: Date[] = [];
	for (let count = Math.max(2, Math.floor(width / TARGET_SPACING)); count >= 1; count--) {
		ticks = historicalYearTicks(start, end, count) ?? utcTicks(start, end, count);
		// d3's min loops: spreading as many arguments as a wide plot has ticks overflows the stack.
		const spacing = min(ticks.slice(1), (t, i) => visible(t) - visible(ticks[i]!)) ?? Infinity;
		if (spacing >= minSpacing) break;
	}
	const inside = ticks.filter((t) => visible(t) <= width - minSpacing);
	const next = ticks[inside.length];
	const last = inside.at(-1);
	const room = (t: Date) =>
		visible(t) <= width - 4 &&
		(!last || visible(t) - visible(last) >= LEFT_LABEL_SPACING * minSpacing);
	return next && room(next) ? [...inside, next] : inside;
}

/** Whether a tick's label goes to the left of its line: it would be cut by the plot's edge. */
export function labelsLeft(x: number, width: number, minSpacing = MIN_TICK_SPACING): boolean {
	return x > width - minSpacing;
}
