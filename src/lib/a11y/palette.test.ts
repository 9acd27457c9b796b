import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { composite, contrastRatio, parseColour, type Rgba } from './contrast';

/**
 * The theme's colours, read from app.css and house.css as the browser would pick them: `light-dark(a, b)`
 * gives `a` in the light theme and `b` in the dark one. Axe checks text contrast on the
 * rendered page; this checks every pairing the design uses, marks and focus rings included,
 * which axe does not measure.
 */
function themes(): Record<'light' | 'dark', Map<string, string>> {
	// app.css, then a deployment's own house.css over it, as the pages load them.
	const css = ['../../app.css', '../../house.css']
		.map((file) => readFileSync(new URL(file, import.meta.url), 'utf8'))
		.map((text) => text.replace(/\/\*[\s\S]*?\*\//g, ''))
		.map((text) => /:root\s*\{([^}]*)\}/.exec(text)?.[1] ?? '')
		.join('\n');
	const light = new Map<string, string>();
	const dark = new Map<string, string>();
	for (const [, name, value] of css.matchAll(/(--[\w-]+):\s*([^;]+);/g)) {
		const pair = /^light-dark\((.+),\s*(.+)\)$/.exec(value!.trim());
		// Split on the comma between the two colours, not those inside rgb(...).
		const [a, b] = pair ? splitTopLevel(`${pair[1]}, ${pair[2]}`) : [value!, value!];
		light.set(name!, a!.trim());
		dark.set(name!, b!.trim());
	}
	return { light, dark };
}

function splitTopLevel(text: string): string[] {
	const parts: string[] = [];
	let depth = 0;
	let start = 0;
	[...text].forEach((c, i) => {
		if (c === '(') depth++;
		else if (c === ')') depth--;
		else if (c === ',' && depth === 0) {
			parts.push(text.slice(start, i));
			start = i + 1;
		}
	});
	return [...parts, text.slice(start)];
}

const text = 4.5;
const nonText = 3;

/** [foreground, background, minimum ratio, where it is used] */
const pairings: [string, string, number, string][] = [
	['--text', '--bg', text, 'page text'],
	['--text', '--surface', text, 'panel and timeline text'],
	['--text', '--paper', text, 'article text'],
	['--text', '--surface-hover', text, 'hovered button text'],
	['--text', '--label-bg', text, 'mark labels'],
	['--text', '--passage', text, 'highlighted passage'],
	['--text', '--passage-hover', text, 'hovered passage'],
	['--text', '--passage-active', text, 'passage of the open event'],
	['--text-muted', '--bg', text, 'summary, legend'],
	['--text-muted', '--surface', text, 'axis labels, details'],
	['--text-muted', '--paper', text, 'article header'],
	['--link', '--bg', text, 'links'],
	['--link', '--paper', text, 'links in the article'],
	['--selected-text', '--selected-bg', text, 'selected mark label, pressed toggles'],
	['--mark', '--surface', nonText, 'points and bar outlines'],
	['--selected-bg', '--surface', nonText, 'selected label, pressed toggle against its frame'],
	['--focus', '--bg', nonText, 'focus ring on the page'],
	['--focus', '--surface', nonText, 'focus ring in the timeline and panel'],
	['--focus', '--paper', nonText, 'focus ring in the article'],
	['--passage-line', '--paper', nonText, 'underline of a passage'],
	['--passage-active-line', '--paper', nonText, 'underline of the open event’s passages']
];

describe.each(['light', 'dark'] as const)('the %s theme', (theme) => {
	const colours = themes()[theme];
	const colour = (name: string): string => {
		const value = colours.get(name);
		if (!value) throw new Error(`${name} is not defined in app.css`);
		return value;
	};
	// A translucent background is seen over the surface it sits on.
	const opaque = (name: string): Rgba =>
		composite(parseColour(colour(name)), parseColour(colour('--surface')));

	it.each(pairings)('%s on %s is at least %s:1 (%s)', (fg, bg, minimum) => {
		expect(contrastRatio(parseColour(colour(fg)), opaque(bg))).toBeGreaterThanOrEqual(minimum);
	});
});
