import type { ResolvedStory } from '$lib/story/types';
import { timelineModel, type TimelineModel } from '$lib/timeline/timelineModel';
import { layoutView } from './viewLayout';

/** What the exporters take from the page that offers them: the story, its model and layout. */
export type PageSource = () => {
	story: ResolvedStory;
	model: TimelineModel;
	layout: typeof layoutView;
};

/**
 * The page's part of the export, in its first load: the timeline's layout, which the page has
 * already, so the exporters loaded on first use bring only what is new. `model` is the one the
 * page draws, or else it is built (once, on the first export).
 */
export function pageSource(story: () => ResolvedStory, model?: () => TimelineModel): PageSource {
	let built: { story: ResolvedStory; model: TimelineModel } | undefined;
	return () => {
		const current = story();
		if (model) return { story: current, model: model(), layout: layoutView };
		if (built?.story !== current)
			built = {
				story: current,
				model: timelineModel(current.events, current.eras, current.displayTimeZone)
			};
		return { story: current, model: built.model, layout: layoutView };
	};
}
