/** The mark a page sets when the timeline first shows the story's events (see the README). */
export const DRAWN_MARK = 'sourceline:drawn';

/**
 * Calls `performance.mark('sourceline:drawn')` for the first frame that showed the events.
 * Drawn by the script: now. Prerendered (the picture was in the page's HTML, on screen
 * before any script ran): at the first paint that showed it, the first contentful paint,
 * which is when the mark's `startTime` says; if that paint is still to come, once it is.
 */
export function markDrawn(prerendered: boolean): void {
	const paints = PerformanceObserver.supportedEntryTypes?.includes('paint') ?? false;
	// A page in a background tab is not painted: there is no paint to wait for.
	if (!prerendered || !paints || document.visibilityState !== 'visible') {
		performance.mark(DRAWN_MARK);
		return;
	}
	const observer = new PerformanceObserver((list) => {
		const paint = list.getEntriesByName('first-contentful-paint')[0];
		if (!paint) return;
		observer.disconnect();
		performance.mark(DRAWN_MARK, { startTime: paint.startTime });
	});
	observer.observe({ type: 'paint', buffered: true });
}
