/**
 * Where a picture's things go along a line read from its start edge: rightwards from the
 * left, or leftwards from the right where time, or the language, runs right to left. The
 * drawings say how far from the start something is; `along` turns that into an `x`, so one
 * drawing serves both ways (as the screen's timeline measures from its right edge when
 * mirrored, see $lib/timeline/mirror.ts). Texts keep their glyphs: only anchors turn round.
 */
export interface Along {
	/** The `x` of the point `d` from the start edge. */
	x(d: number): number;
	/** The left `x` of a box `w` wide whose start side is `d` from the start edge. */
	box(d: number, w: number): number;
	/** A text anchor as the line reads: start and end swap when it reads leftwards. */
	anchor(anchor?: Anchor): Anchor;
}

export type Anchor = 'start' | 'middle' | 'end';

const SWAPPED: Record<Anchor, Anchor> = { start: 'end', middle: 'middle', end: 'start' };

/** The line whose start edge is at `origin`, read leftwards when `leftwards`. */
export function along(origin: number, leftwards: boolean): Along {
	if (!leftwards)
		return { x: (d) => origin + d, box: (d) => origin + d, anchor: (a = 'start') => a };
	return {
		x: (d) => origin - d,
		box: (d, w) => origin - d - w,
		anchor: (a = 'start') => SWAPPED[a]
	};
}
