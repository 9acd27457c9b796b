const minute = 60_000;

/** Closest view: an hour, so times of day read to the minute. */
export const MIN_VISIBLE_SPAN = 60 * minute;
/** Widest view, relative to the span that fits every event. */
export const MAX_ZOOM_OUT = 0.5;

/** d3-zoom's scale extent [kMin, kMax] for a domain of `fitSpan` milliseconds. */
export function zoomScaleExtent(fitSpan: number): [number, number] {
	return [MAX_ZOOM_OUT, Math.max(1, fitSpan / MIN_VISIBLE_SPAN)];
}
