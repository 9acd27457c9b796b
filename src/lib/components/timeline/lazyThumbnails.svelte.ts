import type { TimelineModel } from '$lib/timeline/timelineModel';
import type ThumbnailPictures from './Thumbnails.svelte';
import type { TimelineView } from './timelineView.svelte';

/**
 * The pictures' layer (Thumbnails.svelte), loaded once a model that has pictures is drawn: a
 * story without any never fetches it. Create it while a component initialises.
 */
export function lazyThumbnails(view: Pick<TimelineView, 'layout'>, model: () => TimelineModel) {
	const loaded = $state<{ layer?: typeof ThumbnailPictures }>({});
	$effect(() => {
		if (!loaded.layer && view.layout && model().index.events.some((e) => e.picture))
			void import('./Thumbnails.svelte').then((m) => (loaded.layer = m.default));
	});
	return loaded;
}
