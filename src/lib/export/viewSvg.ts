import { zoneLine } from '$lib/format/when';
import { t } from '$lib/i18n/active';
import type { ExportWords } from '$lib/i18n/exportWords';
import type { Direction } from '$lib/i18n/locales';
import { fill, formatCount, plural } from '$lib/i18n/plural';
import type { ResolvedStory } from '$lib/story/types';
import { defaultTimelineOptions, type TimelineOptions } from '$lib/timeline/layoutTypes';
import type { TimelineModel } from '$lib/timeline/timelineModel';
import { along } from './along';
import { COLOURS, estimate, fitText, FONT, n, PATTERNS, textEl, type Measure } from './svgParts';
import { legendItems, wrap } from './viewLegend';
import type { TimelineParts } from './timelineParts';
import { layoutView } from './viewLayout';
import { plotSvg } from './viewPlot';
import { xml } from './xml';

/**
 * The timeline's current view as an SVG picture, written as a string: the story's title, the
 * marks, axis, eras and tracks of the view (laid out by the timeline's own layout, so only
 * what is on screen is drawn, whatever the story's size), the legend of date signs, the
 * sources and the credit. Every text is escaped: the story's words are data, never markup.
 * Drawn in the light theme's colours, which read on paper and on any page.
 */

export interface ViewPictureInput {
	story: Pick<ResolvedStory, 'title' | 'sources'>;
	model: TimelineModel;
	/** The story's count of events, where `model` holds only those a search keeps. */
	total?: number;
	/** The wall-clock range on screen (display zone); null for the fitted view. */
	visible: [number, number] | null;
	width: number;
	height: number;
	/** Device pixels per CSS pixel the picture is rasterised at (a PNG's 2): its stated size. */
	pixelRatio?: number;
	/** The Export menu's words, in the page's language. */
	words: ExportWords;
	/** The timeline's code, handed in by the page (see timelineParts.ts). */
	parts: TimelineParts;
	/** Measures text in a CSS font (a canvas in the browser); else widths are estimated. */
	measurer?: (font: string) => (text: string) => number;
	/** How the words are laid: from the right edge where the language writes right to left. */
	direction?: Direction;
	/** Which way time runs across the plot (see `timeFlow` in $lib/i18n/locales.ts). */
	timeFlow?: Direction;
}

export interface ViewPicture {
	svg: string;
	/** Events drawn as marks of their own, and the story's count. */
	drawn: number;
	total: number;
}

/**
 * The picture is the screen's timeline enlarged by this much, so it reads as an image; more,
 * up to MAX_ZOOM, where its rows would leave the picture's room empty (a square, say).
 */
const ZOOM = 1.25;
const MAX_ZOOM = 1.9;
const PAD = 40;
const TITLE_SIZE = 30;
const LINE = 22;

/** The view as an SVG document, and how many of the story's events it draws as marks. */
export function viewSvg(input: ViewPictureInput): ViewPicture {
	const { story, model, width, height, pixelRatio = 1 } = input;
	// The lines of words, from their start edge: the left, or the right in Arabic.
	const rtl = input.direction === 'rtl';
	const line = along(rtl ? width - PAD : PAD, rtl);
	const measureIn = (size: number, bold = false): Measure =>
		input.measurer?.(`${bold ? '700 ' : ''}${size}px ${FONT}`) ?? estimate(size, bold);
	const contentWidth = width - 2 * PAD;
	let zoom = ZOOM;
	let plotWidth = contentWidth / zoom;
	const total = input.total ?? model.index.events.length;

	// The footer first: what is left between it and the title is the plot's.
	const small = measureIn(14);
	const sources = fill(input.words.sources, {
		list: [...new Set(story.sources.map((s) => s.publisher))].join(', ')
	});
	const credit = t().embed.credit;
	const sourcesLine = fitText(sources, contentWidth - small(credit) - 24, small);
	// The legend takes its clusters' line from a first layout, which it then keeps.
	const plotTop = PAD + TITLE_SIZE + 40;
	const layoutWith = (maxRows: number) => {
		const options: TimelineOptions = {
			...defaultTimelineOptions,
			displayTimeZone: model.displayTimeZone,
			maxRows
		};
		return { options, layout: layoutView(input.parts, model, plotWidth, input.visible, options) };
	};
	const rowsFor = (footer: number) => {
		const room = (height - plotTop - footer - 16) / zoom;
		const fixed = defaultTimelineOptions.axisHeight + (model.eras.length ? 22 : 0) + 12;
		const tracks = model.index.tracks.length > 1 ? model.index.tracks.length * 22 : 0;
		return Math.max(1, Math.floor((room - fixed - tracks) / defaultTimelineOptions.rowHeight));
	};
	const legendFor = (clusters: boolean) => wrap(legendItems(model, clusters, small), contentWidth);
	let legend = legendFor(false);
	const footerOf = (lines: number, partial: boolean) => (lines + 1 + (partial ? 1 : 0)) * LINE + 12;
	let { options, layout } = layoutWith(rowsFor(footerOf(legend.length, false)));
	if (layout.clusters.length > 0) {
		legend = legendFor(true);
		({ options, layout } = layoutWith(rowsFor(footerOf(legend.length, true))));
	}
	const partialNow = layout.marks.length < total;
	const room = height - plotTop - footerOf(legend.length, partialNow) - 16;
	if (layout.height * zoom < room * 0.8) {
		zoom = Math.min(MAX_ZOOM, room / layout.height);
		plotWidth = contentWidth / zoom;
		({ options, layout } = layoutWith(rowsFor(footerOf(legend.length, partialNow))));
	}
	const drawn = layout.marks.length;
	const partial = drawn < total;
	const footer = footerOf(legend.length, partial);
	const plotHeight = Math.min(layout.height * zoom, height - plotTop - footer - 16);

	const parts = [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width * pixelRatio}" height="${height * pixelRatio}" viewBox="0 0 ${width} ${height}" font-family="${xml(FONT)}">`,
		`<title>${xml(story.title)}</title>`,
		PATTERNS,
		`<clipPath id="plot"><rect width="${n(plotWidth)}" height="${n(plotHeight / zoom)}"/></clipPath>`,
		`<rect width="${width}" height="${height}" fill="${COLOURS.surface}"/>`,
		textEl(
			line.x(0),
			PAD + TITLE_SIZE - 4,
			fitText(story.title, contentWidth, measureIn(TITLE_SIZE, true)),
			{
				size: TITLE_SIZE,
				bold: true,
				anchor: line.anchor(),
				rtl
			}
		),
		textEl(line.x(0), PAD + TITLE_SIZE + 20, zoneLine(model.displayTimeZone), {
			size: 14,
			colour: COLOURS.muted,
			anchor: line.anchor(),
			rtl
		}),
		`<rect x="${PAD - 0.5}" y="${plotTop - 0.5}" width="${contentWidth + 1}" height="${n(plotHeight + 1)}" rx="8" fill="none" stroke="${COLOURS.border}"/>`,
		`<g transform="translate(${PAD} ${plotTop}) scale(${n(zoom)})" clip-path="url(#plot)">`,
		plotSvg(layout, options, plotWidth, measureIn(13), {
			mirrored: input.timeFlow === 'rtl',
			rtl
		}),
		'</g>'
	];
	let y = plotTop + plotHeight + 16 + LINE / 2;
	for (const items of legend) {
		let at = line;
		for (const item of items) {
			parts.push(item.draw(at, y, rtl));
			at = along(at.x(item.width + 20), rtl);
		}
		y += LINE;
	}
	if (partial)
		parts.push(
			textEl(
				line.x(0),
				y + 5,
				fill(plural(input.words.partial, total), {
					shown: formatCount(drawn),
					n: formatCount(total)
				}),
				{ size: 14, colour: COLOURS.muted, anchor: line.anchor(), rtl }
			)
		);
	const bottom = height - PAD / 2 - 4;
	parts.push(
		textEl(line.x(0), bottom, sourcesLine, {
			size: 14,
			colour: COLOURS.muted,
			anchor: line.anchor(),
			rtl
		}),
		textEl(line.x(contentWidth), bottom, credit, {
			size: 14,
			bold: true,
			anchor: line.anchor('end'),
			rtl
		}),
		'</svg>'
	);
	return { svg: parts.join(''), drawn, total };
}
