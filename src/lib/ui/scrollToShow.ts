/**
 * Where a scrolling box must scroll to show a part of its content: as little as brings the
 * part in whole, or to the part's top when it is taller than the box. (The embed loader, plain
 * JavaScript of its own, does the same for the host page.)
 */
export interface ScrollView {
	/** The box's current scrollTop. */
	scrollTop: number;
	/** Its visible height (clientHeight). */
	height: number;
}

/** `top` and `bottom`: the part's edges from the top of the box's visible area, in px. */
export function scrollTopToShow(view: ScrollView, top: number, bottom: number): number {
	if (top >= 0 && bottom <= view.height) return view.scrollTop;
	const delta = top < 0 || bottom - top > view.height ? top : bottom - view.height;
	return Math.max(0, view.scrollTop + delta);
}
