import { getAnnouncer } from '$lib/a11y/announcer.svelte';
import type { AxisPrecision } from '$lib/timeline/tickFormat';
import type { ZoomController } from './zoomController.svelte';

/** How long a zoom must have settled before it is announced: a gesture is said once. */
export const ZOOM_ANNOUNCEMENT_QUIET_MS = 600;

/**
 * Announces the visible range after each zoom the reader asks for, at the precision of the
 * axis it shows, in `timeZone`'s wall clock. Call it while a component initialises;
 * `visibleRange` is read when the announcement is finally made, so it names where an
 * animated zoom ended, not where it started.
 */
export function announceZooms(
	zoom: ZoomController,
	visibleRange: () => { start: Date; end: Date; precision: AxisPrecision; timeZone: string }
): void {
	const announcer = getAnnouncer();
	// Its words load with the first zoom, well inside the quiet time before they are said.
	let words: Promise<typeof import('$lib/a11y/rangeAnnouncement')> | undefined;
	$effect(() => {
		if (zoom.userZooms === 0 || !announcer) return;
		void (words ??= import('$lib/a11y/rangeAnnouncement')).then(({ visibleRangeAnnouncement }) =>
			announcer.announce(() => {
				const { start, end, precision, timeZone } = visibleRange();
				return visibleRangeAnnouncement(start, end, precision, timeZone);
			}, ZOOM_ANNOUNCEMENT_QUIET_MS)
		);
	});
}
