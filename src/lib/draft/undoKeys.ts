/**
 * The keys of an editor's own history: Ctrl+Z (⌘Z) undoes, Ctrl+Shift+Z (⌘⇧Z) or Ctrl+Y
 * redoes. Anything else, or with Alt, is not for it.
 */
export function undoKeyAction(
	event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>
): 'undo' | 'redo' | null {
	if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
	const key = event.key.toLowerCase();
	if (key === 'y') return 'redo';
	if (key !== 'z') return null;
	return event.shiftKey ? 'redo' : 'undo';
}
