import { csvFormatRow } from 'd3';
import type { ResolvedEvent, ResolvedStory, ResolvedWhen } from '../../story/types';
import { escapeHtml, styledHtml } from './html';

/**
 * A story as TimelineJS reads it, for a newsroom that leaves: TimelineJS3 JSON, or the CSV
 * of its Google Sheets template (the same columns, in the same order). Pure: no page or file
 * is touched, so any part of the site (the editor, an export menu) can call it.
 *
 * Dates keep the precision the story knows (a year stays a year), years as TimelineJS counts
 * them (no year 0: EDTF's `-0043` is its `-44`); a time is the wall clock the date was written
 * in, since TimelineJS times carry no zone. A span's end goes to the End columns; the story's
 * own date words become the Display Date. Our text is plain, and TimelineJS reads HTML, so
 * every text is escaped, never passed through as markup; a quote's emphasis, bold and links
 * (its source's styles) are written as elements around the escaped words.
 */

/** TimelineJS's published spreadsheet columns, in its template's order. */
export const TIMELINE_CSV_COLUMNS = [
	'Year',
	'Month',
	'Day',
	'Time',
	'End Year',
	'End Month',
	'End Day',
	'End Time',
	'Display Date',
	'Headline',
	'Text',
	'Media',
	'Media Credit',
	'Media Caption',
	'Media Thumbnail',
	'Type',
	'Group',
	'Background'
] as const;

type Column = (typeof TIMELINE_CSV_COLUMNS)[number];

export interface TimelineJsDate {
	year: number;
	month?: number;
	day?: number;
	hour?: number;
	minute?: number;
	second?: number;
}

export interface TimelineJsSlide {
	start_date?: TimelineJsDate;
	end_date?: TimelineJsDate;
	display_date?: string;
	text: { headline: string; text: string };
	group?: string;
	media?: { url: string; caption?: string; credit?: string; alt?: string };
}

export interface TimelineJsFile {
	title: TimelineJsSlide;
	events: TimelineJsSlide[];
	eras: TimelineJsSlide[];
}

const WRITTEN = /^(-?\d+|Y-?\d+)(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?)?)?/;

/** An ISO or EDTF calendar value (`1843`, `-0043-03-15`, `2025-02-27T09:30:00+00:00`) as TimelineJS parts. */
export function timelineJsDateOf(value: string): TimelineJsDate | null {
	const match = WRITTEN.exec(value);
	if (!match) return null;
	const [, y, month, day, hour, minute, second] = match;
	const edtfYear = Number(y!.replace(/^Y/, ''));
	// TimelineJS has no year 0: EDTF's 0 is 1 BCE, its -1.
	const date: TimelineJsDate = { year: edtfYear <= 0 ? edtfYear - 1 : edtfYear };
	if (month) date.month = Number(month);
	if (day) date.day = Number(day);
	if (hour) date.hour = Number(hour);
	if (minute) date.minute = Number(minute);
	if (second && second !== '00') date.second = Number(second);
	return date;
}

function dates(
	when: Pick<ResolvedWhen, 'start' | 'end'> & { text?: string | null }
): Pick<TimelineJsSlide, 'start_date' | 'end_date' | 'display_date'> {
	const start = timelineJsDateOf(when.start) ?? undefined;
	const end = when.end !== when.start ? (timelineJsDateOf(when.end) ?? undefined) : undefined;
	return {
		start_date: start,
		...(end ? { end_date: end } : {}),
		...(when.text ? { display_date: when.text } : {})
	};
}

/** A source's words from `start` to `end` as HTML, by source id. */
type Quoter = (source: string, start: number, end: number) => string;

/** The event's summary, then its quoted words in their styles, each a paragraph. */
function slideText(event: ResolvedEvent, quote: Quoter): string {
	const quotes = event.excerpts.map(
		(e) => `<blockquote>${quote(e.source, e.start, e.end)}</blockquote>`
	);
	return [`<p>${escapeHtml(event.summary)}</p>`, ...quotes].join('');
}

/** Quotes any source of the story: each source's styled runs cut once. */
function quoterOf(story: ResolvedStory): Quoter {
	const bySource = new Map(story.sources.map((source) => [source.id, styledHtml(source)]));
	return (source, start, end) => bySource.get(source)!(start, end);
}

function slideOf(event: ResolvedEvent, quote: Quoter): TimelineJsSlide {
	const slide: TimelineJsSlide = {
		...dates(event.when),
		text: { headline: escapeHtml(event.title), text: slideText(event, quote) }
	};
	if (event.group) slide.group = escapeHtml(event.group);
	const { media } = event;
	if (media)
		slide.media = {
			url: media.url,
			...(media.caption ? { caption: escapeHtml(media.caption) } : {}),
			...(media.credit ? { credit: escapeHtml(media.credit) } : {}),
			...(media.kind === 'image' ? { alt: media.alt } : {})
		};
	return slide;
}

/** The story as a TimelineJS3 JSON file. */
export function storyToTimelineJson(story: ResolvedStory): TimelineJsFile {
	const quote = quoterOf(story);
	return {
		title: {
			text: { headline: escapeHtml(story.title), text: `<p>${escapeHtml(story.summary)}</p>` }
		},
		events: story.events.map((event) => slideOf(event, quote)),
		eras: (story.eras ?? []).map((era) => ({
			...dates({ start: era.start, end: era.end }),
			text: { headline: escapeHtml(era.label), text: '' }
		}))
	};
}

/**
 * The story as TimelineJS's spreadsheet, CSV (RFC 4180: CRLF after every row, a field with a
 * comma, quote or line break quoted, its quotes doubled): a title row, then events, then eras.
 */
export function storyToTimelineCsv(story: ResolvedStory): string {
	const file = storyToTimelineJson(story);
	const rows = [
		row(file.title, 'title'),
		...file.events.map((slide) => row(slide, '')),
		...file.eras.map((slide) => row(slide, 'era'))
	];
	return [[...TIMELINE_CSV_COLUMNS], ...rows].map((cells) => `${csvFormatRow(cells)}\r\n`).join('');
}

function row(slide: TimelineJsSlide, type: string): string[] {
	const cells: Partial<Record<Column, string>> = {
		...dateCells(slide.start_date, ''),
		...dateCells(slide.end_date, 'End '),
		'Display Date': slide.display_date ?? '',
		Headline: slide.text.headline,
		Text: slide.text.text,
		Media: slide.media?.url ?? '',
		'Media Credit': slide.media?.credit ?? '',
		'Media Caption': slide.media?.caption ?? '',
		Type: type,
		Group: slide.group ?? ''
	};
	return TIMELINE_CSV_COLUMNS.map((column) => cells[column] ?? '');
}

function dateCells(
	date: TimelineJsDate | undefined,
	prefix: '' | 'End '
): Partial<Record<Column, string>> {
	if (!date) return {};
	const two = (n: number) => String(n).padStart(2, '0');
	const time =
		date.hour === undefined
			? ''
			: `${two(date.hour)}:${two(date.minute ?? 0)}${date.second === undefined ? '' : `:${two(date.second)}`}`;
	return {
		[`${prefix}Year`]: String(date.year),
		[`${prefix}Month`]: date.month === undefined ? '' : String(date.month),
		[`${prefix}Day`]: date.day === undefined ? '' : String(date.day),
		[`${prefix}Time`]: time
	};
}
