import { baseScale } from '$lib/timeline/layoutFrame';
import { layoutTimeline } from '$lib/timeline/layoutTimeline';
import type { TimelineLayout, TimelineOptions, ViewTransform } from '$lib/timeline/layoutTypes';
import type { TimelineModel } from '$lib/timeline/timelineModel';

/**
 * The timeline's own layout of a view for an exported picture: the wall-clock range on screen
 * laid across a plot of the picture's width. Part of the page that offers the export (which
 * lays out its timeline with the same code), handed to the exporters when they load: only
 * what the page does not have already is loaded then.
 */
export function layoutView(
	model: TimelineModel,
	width: number,
	visible: [number, number] | null,
	options: TimelineOptions
): TimelineLayout {
	return layoutTimeline(
		model.index,
		model.eras,
		width,
		transformFor(model, width, visible),
		options
	);
}

/** The zoom that puts wall-clock [from, to] across a plot `width` wide; null: the fitted view. */
export function transformFor(
	model: TimelineModel,
	width: number,
	visible: [number, number] | null
): ViewTransform {
	if (!visible) return { k: 1, x: 0 };
	const base = baseScale(model.index, width);
	const x0 = base(visible[0]);
	const x1 = base(visible[1]);
	if (!(x1 > x0)) return { k: 1, x: 0 };
	const k = width / (x1 - x0);
	return { k, x: -x0 * k };
}
