import { storyToTimelineCsv } from '$lib/import/timelinejs/toTimelineJs';
import type { ResolvedStory } from '$lib/story/types';
import type { ExportWords } from '$lib/i18n/exportWords';
import type { DrawnEvents } from '$lib/timeline/drawnEvents';
import type { TimelineModel } from '$lib/timeline/timelineModel';
import { toWallClock } from '$lib/timeline/wallClock';
import { createTextMeasurer } from '$lib/ui/measureText';
import { calendarChoice, calendarStatus } from './calendarSaved';
import type { ExportKind } from './exportKinds';
import { storyToICalendar } from './icalendar';
import type { TimelineParts } from './timelineParts';
import { viewSvg } from './viewSvg';
import { activeLocale, activeTimeFlow } from '$lib/i18n/active';
import { direction } from '$lib/i18n/locales';

/**
 * What the Export menu offers, and the download of each: the view as pictures, the events
 * as a calendar and as TimelineJS's spreadsheet, and the story's own data. Loaded with the
 * menu, on first use. Each file is handed to the browser as a Blob behind an `<a download>`.
 */

export interface ExportSource {
	story: ResolvedStory;
	/** The story's timeline model; null where the page has none to hand (it is built). */
	model: TimelineModel | null;
	/** What the view draws once a search is applied; null: the whole story. */
	drawn: DrawnEvents | null;
	/** The timeline's code, handed in by the page (see timelineParts.ts). */
	parts: TimelineParts;
	words: ExportWords;
	/** The timeline's plot, whose `data-visible-start` and `-end` say the range on screen. */
	plot: HTMLElement | null;
}

/** The pictures' sizes in CSS pixels; a PNG is drawn at twice that, for sharp text. */
const SIZES = { png: [1200, 675], square: [1080, 1080], svg: [1200, 675] } as const;
const PNG_SCALE = 2;

/** Saves the file; for a calendar, returns the line that says what it holds (calendarSaved.ts). */
export async function exportStory(kind: ExportKind, source: ExportSource): Promise<string | void> {
	const { story } = source;
	switch (kind) {
		case 'ics': {
			const { events, ...choice } = calendarChoice(
				source.drawn?.events ?? story.events,
				visibleInstants(source.plot),
				story.events.length
			);
			const calendar = storyToICalendar({ ...story, events }, new Date(), source.words);
			save(`${story.id}.ics`, new Blob([calendar.text], { type: 'text/calendar' }));
			const outOfYears = calendar.omitted.length;
			return calendarStatus(
				{ ...choice, saved: events.length - outOfYears, outOfYears },
				source.words
			);
		}
		case 'csv':
			return save(
				`${story.id}-timelinejs.csv`,
				new Blob([storyToTimelineCsv(story)], { type: 'text/csv' })
			);
		case 'json':
			return save(
				`${story.id}.json`,
				new Blob([`${JSON.stringify(story, null, '\t')}\n`], { type: 'application/json' })
			);
		case 'svg': {
			const svg = pictureOf(source, SIZES.svg);
			return save(`${story.id}-view.svg`, new Blob([svg], { type: 'image/svg+xml' }));
		}
		default: {
			const [width, height] = SIZES[kind];
			const png = await toPng(pictureOf(source, SIZES[kind], PNG_SCALE), width, height);
			return save(`${story.id}-${width}x${height}.png`, png);
		}
	}
}

function pictureOf(
	source: ExportSource,
	[width, height]: readonly [number, number],
	pixelRatio = 1
): string {
	const { story, parts } = source;
	// A search's model where one matches; the story's (all of it) where nothing does.
	const model = source.drawn?.model ?? source.model ?? modelOf(story, parts);
	return viewSvg({
		story,
		model,
		total: story.events.length,
		parts,
		words: source.words,
		visible: visibleRange(source.plot, model.displayTimeZone),
		width,
		height,
		pixelRatio,
		measurer: createTextMeasurer,
		// Laid as the page is: words from the right in a right-to-left language, and time
		// running the way the page's timeline runs it.
		direction: direction(activeLocale()),
		timeFlow: activeTimeFlow()
	}).svg;
}

/** Models built here, once per story (the story page's timeline builds its own inside its view). */
const models = new WeakMap<ResolvedStory, TimelineModel>();

function modelOf(story: ResolvedStory, parts: TimelineParts): TimelineModel {
	let model = models.get(story);
	if (!model) {
		model = parts.timelineModel(story.events, story.eras, story.displayTimeZone);
		models.set(story, model);
	}
	return model;
}

/** The instants (UTC milliseconds) the plot shows, or null (the list view: no plot). */
function visibleInstants(plot: HTMLElement | null): [number, number] | null {
	const start = Date.parse(plot?.dataset.visibleStart ?? '');
	const end = Date.parse(plot?.dataset.visibleEnd ?? '');
	return end > start ? [start, end] : null;
}

/** The wall-clock range the plot shows, or null (the list view: the fitted view then). */
function visibleRange(plot: HTMLElement | null, timeZone: string): [number, number] | null {
	const range = visibleInstants(plot);
	return range && [toWallClock(range[0], timeZone), toWallClock(range[1], timeZone)];
}

/** The SVG (stated at twice its size, so it is rasterised sharp) drawn on a canvas, as a PNG. */
async function toPng(svg: string, width: number, height: number): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
	try {
		const image = new Image();
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = width * PNG_SCALE;
		canvas.height = height * PNG_SCALE;
		const context = canvas.getContext('2d');
		if (!context) throw new Error('this browser cannot draw on a canvas');
		context.drawImage(image, 0, 0, canvas.width, canvas.height);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob(
				(blob) => (blob ? resolve(blob) : reject(new Error('the picture could not be encoded'))),
				'image/png'
			)
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}

/** Hands a file to the browser as a download. */
function save(name: string, blob: Blob): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	link.click();
	// Once the browser has taken the file.
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
