import type { Measure } from '$lib/export/svgParts';

/**
 * Measures text in a TrueType font from the font file itself, the way a rasteriser without a
 * browser lays it out: each character's advance width (its `cmap` and `hmtx` tables), summed.
 * Kerning is left out, so a measured text is never narrower than it is drawn. A character the
 * font lacks takes the font's fallback glyph's width (glyph 0), as the rasteriser would draw it.
 */

/** The font's advance widths, in em, per character. */
export type Advances = (codePoint: number) => number;

export function fontAdvances(file: Uint8Array, name = 'the font'): Advances {
	const data = new DataView(file.buffer, file.byteOffset, file.byteLength);
	const tables = new Map<string, number>();
	const count = data.getUint16(4);
	for (let i = 0; i < count; i++) {
		const at = 12 + i * 16;
		const tag = String.fromCharCode(...file.subarray(at, at + 4));
		tables.set(tag, data.getUint32(at + 8));
	}
	const table = (tag: string): number => {
		const at = tables.get(tag);
		if (at === undefined) throw new Error(`${name} has no "${tag}" table`);
		return at;
	};
	const unitsPerEm = data.getUint16(table('head') + 18);
	const metrics = data.getUint16(table('hhea') + 34);
	const hmtx = table('hmtx');
	const advanceOf = (glyph: number) =>
		data.getUint16(hmtx + 4 * Math.min(glyph, metrics - 1)) / unitsPerEm;
	const glyphOf = unicodeMap(data, table('cmap'), name);
	const cache = new Map<number, number>();
	return (codePoint) => {
		let width = cache.get(codePoint);
		if (width === undefined) {
			width = advanceOf(glyphOf(codePoint));
			cache.set(codePoint, width);
		}
		return width;
	};
}

/** A measure of text at `sizePx` pixels from a font's advances. */
export function measureWith(advances: Advances, sizePx: number): Measure {
	return (text) => {
		let width = 0;
		for (const char of text) width += advances(char.codePointAt(0)!);
		return width * sizePx;
	};
}

/** The character-to-glyph map of the font's Unicode BMP subtable (format 4). */
function unicodeMap(data: DataView, cmap: number, name: string): (codePoint: number) => number {
	const subtables = data.getUint16(cmap + 2);
	let at = -1;
	for (let i = 0; i < subtables; i++) {
		const record = cmap + 4 + i * 8;
		const platform = data.getUint16(record);
		const encoding = data.getUint16(record + 2);
		const offset = cmap + data.getUint32(record + 4);
		if (((platform === 3 && encoding === 1) || platform === 0) && data.getUint16(offset) === 4) {
			at = offset;
			break;
		}
	}
	if (at < 0) throw new Error(`${name} has no Unicode character map (cmap format 4)`);
	const segments = data.getUint16(at + 6) / 2;
	const ends = at + 14;
	const starts = ends + 2 * segments + 2;
	const deltas = starts + 2 * segments;
	const rangeOffsets = deltas + 2 * segments;
	return (codePoint) => {
		if (codePoint > 0xffff) return 0;
		// The first segment whose end is at or past the character (ends are sorted).
		let low = 0;
		let high = segments - 1;
		while (low < high) {
			const mid = (low + high) >> 1;
			if (data.getUint16(ends + 2 * mid) < codePoint) low = mid + 1;
			else high = mid;
		}
		const start = data.getUint16(starts + 2 * low);
		if (codePoint < start || codePoint > data.getUint16(ends + 2 * low)) return 0;
		const delta = data.getUint16(deltas + 2 * low);
		const rangeOffset = data.getUint16(rangeOffsets + 2 * low);
		if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
		const glyph = data.getUint16(rangeOffsets + 2 * low + rangeOffset + 2 * (codePoint - start));
		return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
	};
}
