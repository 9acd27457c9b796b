import { getAnnouncer } from '$lib/a11y/announcer.svelte';
import { visibleRangeAnnouncement } from '$lib/a11y/announcements';
import type { ZoomController } from './zoomController.svelte';

/** How long a zoom must have settled before it is announced: a gesture is said once. */
export const ZOOM_ANNOUNCEMENT_QUIET_MS = 600;

/**
 * Announces the visible range after each zoom the reader asks for. Call it while a
 * component initialises; `visibleRange` is read when the announcement is finally made,
 * so it names where an animated zoom ended, not where it started.
 */
export function announceZooms(zoom: ZoomController, visibleRange: () => [Date, Date]): void {
	const announcer = getAnnouncer();
	$effect(() => {
		if (zoom.userZooms === 0) return;
		announcer?.announce(
			() => visibleRangeAnnouncement(...visibleRange()),
			ZOOM_ANNOUNCEMENT_QUIET_MS
		);
	});
}
