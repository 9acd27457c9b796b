/**
 * Where a selection is in a source's text, as offsets into it: the text shown is the source's
 * own, marks and all, so the characters before the selection count its start. Null for a
 * selection that is empty or not wholly inside `container`.
 */
export function selectedRange(
	container: Node,
	selection: Selection | null
): { start: number; end: number } | null {
	if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
	const range = selection.getRangeAt(0);
	if (!container.contains(range.startContainer) || !container.contains(range.endContainer))
		return null;
	const before = document.createRange();
	before.setStart(container, 0);
	before.setEnd(range.startContainer, range.startOffset);
	const start = before.toString().length;
	return { start, end: start + range.toString().length };
}
