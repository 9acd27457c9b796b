import type { TimelineModel } from '$lib/timeline/timelineModel';
import type ThumbnailPictures from './Thumbnails.svelte';
import type { TimelineView } from './timelineView.svelte';

/**
 * The pictures' layer (Thumbnails.svelte), loaded once a model that has pictures is drawn: a
 * story without any never fetches it. Create it while a component initialises.
 */
export function lazyThumbnails(view: Pick<TimelineView, 'layout'>, model: () => TimelineModel) {
	const loaded = $state<{ layer?: typeof ThumbnailPictures }>({});
	// Looked for once per model, and the effect woken only as the plot is first drawn: not
	// a look through every event on every zoom frame.
	const hasPictures = $derived(model().index.events.some((e) => e.picture));
	const drawn = $derived(view.layout !== null);
	$effect(() => {
		if (!loaded.layer && drawn && hasPictures)
			void import('./Thumbnails.svelte').then((m) => (loaded.layer = m.default));
	});
	return loaded;
}
