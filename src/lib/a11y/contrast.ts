/** An sRGB colour with alpha, channels 0–255 and alpha 0–1. */
export interface Rgba {
	r: number;
	g: number;
	b: number;
	a: number;
}

/** Reads `#rgb`, `#rrggbb` and `rgb(r g b / a)`, the forms the theme uses. */
export function parseColour(text: string): Rgba {
	const value = text.trim().toLowerCase();
	const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(value);
	if (hex) {
		const digits = hex[1]!.length === 3 ? [...hex[1]!].map((d) => d + d) : hex[1]!.match(/../g)!;
		const [r, g, b] = digits.map((d) => parseInt(d, 16)) as [number, number, number];
		return { r, g, b, a: 1 };
	}
	const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)\s*(?:[/,]\s*([\d.]+%?))?\s*\)$/.exec(
		value
	);
	if (rgb) {
		const alpha = rgb[4] ?? '1';
		const a = alpha.endsWith('%') ? parseFloat(alpha) / 100 : parseFloat(alpha);
		return { r: Number(rgb[1]), g: Number(rgb[2]), b: Number(rgb[3]), a };
	}
	throw new Error(`Not a colour this checker reads: ${text}`);
}

/** A translucent colour as seen over an opaque one. */
export function composite(over: Rgba, under: Rgba): Rgba {
	const mix = (top: number, bottom: number) => top * over.a + bottom * (1 - over.a);
	return { r: mix(over.r, under.r), g: mix(over.g, under.g), b: mix(over.b, under.b), a: 1 };
}

/** WCAG 2 relative luminance. */
function luminance({ r, g, b }: Rgba): number {
	const linear = (channel: number) => {
		const c = channel / 255;
		return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2 contrast ratio, 1 to 21, of a colour over an opaque background. */
export function contrastRatio(foreground: Rgba, background: Rgba): number {
	const fg = luminance(foreground.a < 1 ? composite(foreground, background) : foreground);
	const bg = luminance(background);
	return (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
}
