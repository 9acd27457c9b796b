import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { fontAdvances, measureWith, type Advances } from '$lib/card/fontMetrics';
import { storyCardSvg } from '$lib/card/socialCard';
import type { ResolvedStory } from '$lib/story/types';

// The social cards are drawn at build time, from SVG to PNG, in the fonts committed beside
// the card's code (DejaVu Sans; see its LICENSE.txt), never the machine's: every build draws
// the same picture, and the text is laid out with the widths it is drawn in.
const FONT_DIR = 'src/lib/card/fonts';
const FONT_FILES = {
	regular: `${FONT_DIR}/DejaVuSans.ttf`,
	bold: `${FONT_DIR}/DejaVuSans-Bold.ttf`
};

let fonts: { regular: Advances; bold: Advances } | null = null;

function loadFonts(): { regular: Advances; bold: Advances } {
	fonts ??= {
		regular: fontAdvances(readFileSync(FONT_FILES.regular), FONT_FILES.regular),
		bold: fontAdvances(readFileSync(FONT_FILES.bold), FONT_FILES.bold)
	};
	return fonts;
}

/** Measures text in a CSS font of the kind the export writes (`700 14px …`) in DejaVu Sans. */
function measurer(font: string): (text: string) => number {
	const { regular, bold } = loadFonts();
	const size = Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? 16);
	return measureWith(/^(?:bold|[6-9]00)\s/.test(font) ? bold : regular, size);
}

/** The story's social card as a PNG file, in the story's language. */
export async function cardPng(story: ResolvedStory): Promise<Uint8Array> {
	const svg = await storyCardSvg(story, measurer);
	const resvg = new Resvg(svg, {
		font: {
			loadSystemFonts: false,
			fontFiles: [FONT_FILES.regular, FONT_FILES.bold],
			defaultFontFamily: 'DejaVu Sans',
			sansSerifFamily: 'DejaVu Sans'
		}
	});
	return resvg.render().asPng();
}
