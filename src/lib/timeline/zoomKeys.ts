/** What a key pressed inside the timeline asks of the view. */
export type ZoomKeyAction = { type: 'zoom'; factor: number } | { type: 'reset' };

/** One step of the + and − keys and buttons. */
export const ZOOM_STEP = 1.5;

/**
 * The zoom a key asks for, or null. `=` and `_` are the unshifted + and − on many
 * keyboards; `0` fits every event, as browsers' own Ctrl+0 resets their zoom.
 * Keys with Ctrl, Alt or Meta are the browser's (page zoom, shortcuts), never ours.
 */
export function zoomKeyAction(
	event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey'>
): ZoomKeyAction | null {
	if (event.altKey || event.ctrlKey || event.metaKey) return null;
	switch (event.key) {
		case '+':
		case '=':
			return { type: 'zoom', factor: ZOOM_STEP };
		case '-':
		case '_':
			return { type: 'zoom', factor: 1 / ZOOM_STEP };
		case '0':
			return { type: 'reset' };
		default:
			return null;
	}
}
