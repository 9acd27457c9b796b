const hour = 3_600_000;

/** Closest view: a few hours. Dates in a news week are days at best; minutes would be noise. */
export const MIN_VISIBLE_SPAN = 3 * hour;
/** Widest view, relative to the span that fits every event. */
export const MAX_ZOOM_OUT = 0.5;

/** d3-zoom's scale extent [kMin, kMax] for a domain of `fitSpan` milliseconds. */
export function zoomScaleExtent(fitSpan: number): [number, number] {
	return [MAX_ZOOM_OUT, Math.max(1, fitSpan / MIN_VISIBLE_SPAN)];
}
