/**
 * Copies `text` to the clipboard. The Clipboard API needs a secure context and, in some
 * browsers, a permission; the old `execCommand('copy')` on a hidden textarea covers the rest.
 * The textarea goes into `container`: in a modal dialog the rest of the page is inert and
 * cannot be selected. Resolves false when neither worked, so the caller can ask for Ctrl+C.
 */
export async function copyText(
	text: string,
	container: HTMLElement = document.body
): Promise<boolean> {
	try {
		if (navigator.clipboard?.writeText) {
			await navigator.clipboard.writeText(text);
			return true;
		}
	} catch {
		// Refused or unavailable: fall back below.
	}
	const area = document.createElement('textarea');
	area.value = text;
	area.setAttribute('readonly', '');
	area.style.position = 'fixed';
	area.style.opacity = '0';
	container.append(area);
	area.select();
	try {
		return document.execCommand('copy');
	} catch {
		return false;
	} finally {
		area.remove();
	}
}
