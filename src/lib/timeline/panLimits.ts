/** How far past the fitted events a view may be panned, as a share of the plot's width. */
export const PAN_MARGIN = 1 / 4;

/** Under half a pixel from a limit counts as at it (d3's clamp leaves rounding behind). */
const SLACK = 0.5;

/**
 * Whether the view can pan earlier and later: not when it already shows the start (or end)
 * of the story's range with its margin, the limit d3-zoom's `translateExtent` holds it to.
 * `transform` maps the fitted (base) pixels of a plot `width` wide to the screen.
 */
export function panRoom(
	transform: { k: number; x: number },
	width: number
): { earlier: boolean; later: boolean } {
	const margin = width * PAN_MARGIN;
	const left = -transform.x / transform.k;
	const right = (width - transform.x) / transform.k;
	return { earlier: left > -margin + SLACK, later: right < width + margin - SLACK };
}
