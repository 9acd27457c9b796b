import type { TimelineLayout, TimelineOptions, ViewTransform } from '$lib/timeline/layoutTypes';
import type { TimelineModel } from '$lib/timeline/timelineModel';
import type { TimelineParts } from './timelineParts';

/**
 * The timeline's own layout of a view, for an exported picture: the wall-clock range on
 * screen laid across a plot of the picture's width.
 */
export function layoutView(
	parts: TimelineParts,
	model: TimelineModel,
	width: number,
	visible: [number, number] | null,
	options: TimelineOptions
): TimelineLayout {
	const transform = transformFor(parts, model, width, visible);
	return parts.layoutTimeline(model.index, model.eras, width, transform, options);
}

/** The zoom that puts wall-clock [from, to] across a plot `width` wide; null: the fitted view. */
export function transformFor(
	parts: Pick<TimelineParts, 'baseScale'>,
	model: TimelineModel,
	width: number,
	visible: [number, number] | null
): ViewTransform {
	if (!visible) return { k: 1, x: 0 };
	const base = parts.baseScale(model.index, width);
	const x0 = base(visible[0]);
	const x1 = base(visible[1]);
	if (!(x1 > x0)) return { k: 1, x: 0 };
	const k = width / (x1 - x0);
	return { k, x: -x0 * k };
}
