/**
 * The hand-over from the page to d3-zoom, loaded late (zoomController.svelte.ts): when to
 * load it, and the gesture begun before it came, replayed to it.
 */

/** A copy of `event` for d3-zoom to begin its drag or pinch with. */
export function replay(event: MouseEvent | TouchEvent): Event {
	if (!('touches' in event)) return new MouseEvent(event.type, event);
	const { touches, targetTouches, changedTouches } = event;
	return new TouchEvent(event.type, {
		bubbles: true,
		cancelable: true,
		view: event.view,
		touches: [...touches],
		targetTouches: [...targetTouches],
		changedTouches: [...changedTouches]
	});
}

/** Runs `action` when the browser is idle (or soon, where it cannot say); returns a cancel. */
export function whenIdle(action: () => void): () => void {
	if (typeof requestIdleCallback === 'function') {
		const id = requestIdleCallback(action, { timeout: 2000 });
		return () => cancelIdleCallback(id);
	}
	const id = setTimeout(action, 200);
	return () => clearTimeout(id);
}
