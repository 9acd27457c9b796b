// Loaded on demand (see zoomController.svelte.ts): d3-zoom brings d3's transitions, colours
// and interpolators with it, most of d3's weight in an embed. selection.transition() comes
// with d3's transition module, which d3 loads for its side effect.
import { select, zoom, zoomIdentity, type D3ZoomEvent, type ZoomTransform } from 'd3';
import type { ViewTransform } from '$lib/timeline/layoutTypes';
import { constrainedX } from '$lib/timeline/panLimits';
import { wheelAction, wheelZoomExponent } from '$lib/timeline/wheelZoom';

/**
 * d3-zoom's gestures on `element` (Ctrl/⌘ + wheel, trackpad pinch, touch pinch, drag), which
 * report every move of the view to `moved`, with whether an input event made it.
 */
export function zoomGestures(
	element: HTMLElement,
	moved: (transform: ZoomTransform, byInput: boolean) => void
) {
	const behavior = zoom<HTMLElement, unknown>()
		// Only a zooming wheel: sideways scrolls pan and plain ones scroll the page.
		.filter((event: Event) => {
			if (event.type === 'wheel') return wheelAction(event as WheelEvent) === 'zoom';
			const mouse = event as MouseEvent;
			return !mouse.ctrlKey && !mouse.button;
		})
		.wheelDelta((event: WheelEvent) => wheelZoomExponent(event))
		.constrain((t, extent) => d3Transform({ k: t.k, x: constrainedX(t, extent[1][0]) }))
		.on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) =>
			moved(event.transform, Boolean(event.sourceEvent))
		);
	const selection = select(element);
	selection.call(behavior).on('dblclick.zoom', null);
	return { behavior, selection, at: d3Transform };
}

export type ZoomGestures = ReturnType<typeof zoomGestures>;

/** The view as d3-zoom's own transform. */
function d3Transform({ k, x }: ViewTransform): ZoomTransform {
	return zoomIdentity.translate(x, 0).scale(k);
}
