/**
 * Returns a function measuring text in the given CSS font with a canvas: labels are laid
 * out from real widths, so they neither overlap nor get cut early. Cached per text.
 */
export function createTextMeasurer(font: string): (text: string) => number {
	const context = document.createElement('canvas').getContext('2d');
	const cache = new Map<string, number>();
	if (!context) return (text) => text.length * 7.5;
	context.font = font;
	return (text) => {
		let width = cache.get(text);
		if (width === undefined) {
			width = context.measureText(text).width;
			cache.set(text, width);
		}
		return width;
	};
}
