import { contrastRatio, type Rgba } from '$lib/a11y/contrast';

/**
 * A host's own look for an embed: `accent` (a colour for the marks and the selected event)
 * and `font` (one of the stacks the site ships). Loaded only for an embed that asks for one;
 * nothing from the address reaches the page's CSS but values read and written again here.
 */

/** The font stacks an embed may take (app.css's own: no font is fetched for them). */
export const HOUSE_FONTS = {
	sans: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
	serif: "Georgia, 'Times New Roman', serif",
	mono: "ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace"
} as const;
export type HouseFont = keyof typeof HOUSE_FONTS;

/** The plot's background in each theme (app.css's `--surface`). */
const SURFACES = { light: '#ffffff', dark: '#1b1f24' } as const;
/** What marks need against their background (WCAG 1.4.11, graphical objects), */
const MARK_CONTRAST = 3;
/** and a selected event's label written on the accent (WCAG 1.4.3, text). */
const TEXT_CONTRAST = 4.5;
const ON_ACCENT = ['#ffffff', '#0d1117'] as const;

/** Why an accent was refused, for a message in the reader's language: its contrast is low. */
export interface LowContrast {
	colour: string;
	theme: keyof typeof SURFACES;
	surface: string;
	ratio: number;
	needed: number;
}

export type Accent =
	| { ok: true; colour: string; onAccent: string | null }
	| { ok: false; message: string; low?: LowContrast };

/**
 * An accent from `#rgb` or `#rrggbb`, written back as `#rrggbb`; refused, with the contrast
 * it has, where marks in it would not stand out against either theme's background. It also
 * fills a selected event's label where a label colour reads on it (`onAccent`); else the
 * selection keeps the site's own colours.
 */
export function readAccent(text: string): Accent {
	const colour = hexColour(text);
	if (!colour)
		return {
			ok: false,
			message: `ignoring accent=${JSON.stringify(text)}: expected #rgb or #rrggbb`
		};
	const rgba = toRgba(colour);
	for (const theme of ['light', 'dark'] as const) {
		const surface = SURFACES[theme];
		const ratio = contrastRatio(rgba, toRgba(surface));
		if (ratio < MARK_CONTRAST)
			return {
				ok: false,
				message: `ignoring accent=${colour}: its contrast against the ${theme} theme's background (${surface}) is ${ratio.toFixed(2)}:1, under the ${MARK_CONTRAST}:1 marks need`,
				low: { colour, theme, surface, ratio, needed: MARK_CONTRAST }
			};
	}
	const label = ON_ACCENT.find((c) => contrastRatio(toRgba(c), rgba) >= TEXT_CONTRAST) ?? null;
	return { ok: true, colour, onAccent: label };
}

/** A font stack by name; null with a message for any other. */
export function readFont(
	text: string
): { ok: true; font: HouseFont } | { ok: false; message: string } {
	return Object.hasOwn(HOUSE_FONTS, text)
		? { ok: true, font: text as HouseFont }
		: {
				ok: false,
				message: `ignoring font=${JSON.stringify(text)}: expected ${Object.keys(HOUSE_FONTS).join(', ')}`
			};
}

/** The custom properties a house style sets (app.css's), or the reasons it sets none. */
export function houseStyle(params: URLSearchParams): {
	properties: Record<string, string>;
	warnings: string[];
} {
	const properties: Record<string, string> = {};
	const warnings: string[] = [];
	const accentText = params.get('accent');
	if (accentText !== null) {
		const accent = readAccent(accentText);
		if (accent.ok) {
			properties['--mark'] = accent.colour;
			if (accent.onAccent) {
				properties['--selected-bg'] = accent.colour;
				properties['--selected-text'] = accent.onAccent;
			}
		} else warnings.push(accent.message);
	}
	const fontText = params.get('font');
	if (fontText !== null) {
		const font = readFont(fontText);
		if (font.ok) properties['--sans'] = HOUSE_FONTS[font.font];
		else warnings.push(font.message);
	}
	return { properties, warnings };
}

/** Sets a house style on `root`; returns what was ignored and why. */
export function applyHouseStyle(params: URLSearchParams, root: HTMLElement): string[] {
	const { properties, warnings } = houseStyle(params);
	for (const [name, value] of Object.entries(properties)) root.style.setProperty(name, value);
	return warnings;
}

function hexColour(text: string): string | null {
	const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(text.trim());
	if (!match) return null;
	const digits = match[1]!.toLowerCase();
	return `#${digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits}`;
}

function toRgba(hex: string): Rgba {
	const [r, g, b] = hex
		.slice(1)
		.match(/../g)!
		.map((d) => parseInt(d, 16)) as [number, number, number];
	return { r, g, b, a: 1 };
}
