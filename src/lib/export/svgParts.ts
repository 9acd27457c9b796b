import type { LegendEntry } from '$lib/timeline/legend';
import { xml } from './xml';

// What the exported pictures are drawn with: the light theme's colours, text that is always
// escaped (fitted to a width where it must be), and the fills of each basis of date.

export const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
export const COLOURS = {
	surface: '#ffffff',
	text: '#1b1f24',
	muted: '#525a66',
	border: '#c9ced6',
	grid: '#e3e6eb',
	mark: '#1d4e89',
	markFill: '#c9dcf2',
	markDay: '#9fb7d6',
	hatch: '#7fa2cf',
	label: 'rgba(255,255,255,0.88)',
	era: 'rgba(201,220,242,0.35)',
	eraOdd: 'rgba(253,241,199,0.45)'
};
export type Measure = (text: string) => number;

/** A text cut with an ellipsis to fit `width` pixels (whole characters only). */
export function fitText(text: string, width: number, measure: Measure): string {
	if (measure(text) <= width) return text;
	const chars = Array.from(text);
	let low = 0;
	let high = chars.length;
	while (low < high) {
		const mid = Math.ceil((low + high) / 2);
		if (measure(`${chars.slice(0, mid).join('')}…`) <= width) low = mid;
		else high = mid - 1;
	}
	return low === 0 ? '' : `${chars.slice(0, low).join('').trimEnd()}…`;
}

export function estimate(sizePx: number, bold = false): Measure {
	return (text) => Array.from(text).length * sizePx * (bold ? 0.6 : 0.55);
}

export interface TextStyle {
	size: number;
	bold?: boolean;
	colour?: string;
	anchor?: 'start' | 'middle' | 'end';
	/** Read right to left, as Arabic is, whatever letters come first (see `RIGHT_TO_LEFT`). */
	rtl?: boolean;
}

/**
 * A text read right to left, as a page of `dir="rtl"` reads it: an SVG text's `direction`
 * is what says so, but the card's renderer (resvg) reads every text left to right, so a
 * line mixing Arabic and Latin words ("خط زمني من Sourceline") would put its Arabic first
 * on the left. An isolate of the Unicode bidirectional algorithm (RLI … PDI), which it
 * follows as browsers do, says it in the text itself. Added once the text is fitted: the
 * marks take no room.
 */
const RIGHT_TO_LEFT = (text: string) => `\u2067${text}\u2069`;

export function textEl(x: number, y: number, text: string, style: TextStyle): string {
	const anchor = style.anchor && style.anchor !== 'start' ? ` text-anchor="${style.anchor}"` : '';
	const weight = style.bold ? ' font-weight="700"' : '';
	const words = style.rtl ? RIGHT_TO_LEFT(text) : text;
	return `<text x="${n(x)}" y="${n(y)}" font-size="${style.size}"${weight} fill="${style.colour ?? COLOURS.text}"${anchor}>${xml(words)}</text>`;
}

/** A number for an attribute: two decimals at most. */
export function n(value: number): string {
	return String(Math.round(value * 100) / 100);
}

export const PATTERNS = `<defs><pattern id="hatch" width="7" height="7" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="7" height="7" fill="${COLOURS.markFill}"/><rect x="4" width="3" height="7" fill="${COLOURS.hatch}"/></pattern><pattern id="dots" width="4" height="4" patternUnits="userSpaceOnUse"><rect width="4" height="4" fill="${COLOURS.surface}"/><circle cx="2" cy="2" r="1.2" fill="${COLOURS.mark}"/></pattern></defs>`;

/** How a basis is drawn: its fill and its stroke's dashes, as the screen's marks and legend. */
export function basisStyle(basis: LegendEntry['basis'], shape: 'point' | 'bar'): string {
	const dash =
		basis === 'inferred'
			? ' stroke-dasharray="3 2"'
			: basis === 'editorial'
				? ' stroke-dasharray="1.5 1.5"'
				: '';
	const fillColour =
		basis === 'inferred'
			? shape === 'bar'
				? 'url(#hatch)'
				: COLOURS.surface
			: basis === 'editorial'
				? 'url(#dots)'
				: shape === 'bar'
					? COLOURS.markFill
					: COLOURS.mark;
	return `fill="${fillColour}" stroke="${COLOURS.mark}" stroke-width="1.5"${dash}`;
}
