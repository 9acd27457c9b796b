import { pixelPlacer, type Placer } from './fluidPlacement';
import type { ViewTransform } from './layoutTypes';

/**
 * Time running right to left. The layout is worked out as ever, from the plot's start edge
 * (the earliest time) towards its end; what is drawn measures its positions from the
 * plot's right edge instead (CSS logical properties under `dir="rtl"`), and what is read
 * from the pointer, or handed to d3-zoom, is turned round at the edge between the two.
 */

/**
 * The same view seen in a mirror: a plot `width` wide drawn from its other edge. Its own
 * inverse. d3-zoom, which works in the pointer's pixels, holds the mirrored transform.
 */
export function mirrorTransform(t: ViewTransform, width: number): ViewTransform {
	return { k: t.k, x: width * (1 - t.k) - t.x };
}

/**
 * A shift along the time axis (a `translate`), for an element laid at the plot's start
 * edge: to the left when time runs right to left. Pixel layouts only (a mirrored plot is
 * always measured before it is drawn).
 */
export const mirroredShift: Placer = (x, _anchor, from = 0) => pixelPlacer(from, undefined, x);

/** The key that means the same in time: left and right swap when time runs right to left. */
export function keyInTime(key: string, mirrored: boolean): string {
	if (!mirrored) return key;
	if (key === 'ArrowLeft') return 'ArrowRight';
	if (key === 'ArrowRight') return 'ArrowLeft';
	return key;
}
