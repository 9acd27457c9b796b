import { ZOOM_STEP } from './zoomKeys';

export type WheelInput = Pick<
	WheelEvent,
	'deltaX' | 'deltaY' | 'deltaMode' | 'ctrlKey' | 'metaKey' | 'shiftKey'
>;

/**
 * What a wheel event over the plot does. Ctrl/⌘ + wheel zooms, and so does a trackpad pinch
 * (browsers send it as a wheel with Ctrl); a sideways scroll (a trackpad swipe, Shift +
 * wheel) pans; a plain wheel is the page's: it scrolls on, so the timeline never traps it.
 */
export function wheelAction(event: WheelInput): 'zoom' | 'pan' | 'page' {
	if (event.ctrlKey || event.metaKey) return 'zoom';
	if (event.shiftKey || Math.abs(event.deltaX) > Math.abs(event.deltaY)) return 'pan';
	return 'page';
}

/** Pixels per unit of `deltaMode`: pixels, lines, pages. */
const PIXELS_PER_UNIT = [1, 16, 400];

/** A wheel delta in pixels, whatever unit it came in. */
export function wheelPixels(delta: number, deltaMode: number): number {
	return delta * (PIXELS_PER_UNIT[deltaMode] ?? 1);
}

/** A zooming wheel of this many pixels scales the view by e (before the cap below). */
const PIXELS_PER_E = 100;
const MAX_EXPONENT = Math.log2(ZOOM_STEP);

/**
 * How far one zooming wheel event zooms, as d3-zoom's `wheelDelta` wants it: the base-2
 * logarithm of the scale factor (positive zooms in). In proportion to the delta, so the
 * few pixels a trackpad pinch sends per frame zoom a little each, and capped at the + button's
 * step: one mouse notch (100 pixels, or 3 lines) zooms by 1.5×, never more.
 */
export function wheelZoomExponent(event: Pick<WheelEvent, 'deltaY' | 'deltaMode'>): number {
	const exponent = -wheelPixels(event.deltaY, event.deltaMode) / (PIXELS_PER_E * Math.LN2);
	return Math.max(-MAX_EXPONENT, Math.min(MAX_EXPONENT, exponent)) || 0;
}
