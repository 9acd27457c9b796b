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

/**
 * d3-zoom's default clamp on x alone: the translation that keeps a view of scale `k` within
 * the pan limits above (the same whether d3-zoom or the page moved the view).
 */
export function constrainedX(transform: { k: number; x: number }, width: number): number {
	const { k, x } = transform;
	const margin = width * PAN_MARGIN;
	const dx0 = -x / k + margin;
	const dx1 = (width - x) / k - (width + margin);
	const dx = dx1 > dx0 ? (dx0 + dx1) / 2 : Math.min(0, dx0) || Math.max(0, dx1);
	return x + dx * k;
}
