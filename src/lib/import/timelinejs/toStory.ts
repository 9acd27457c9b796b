import { MAX_NAME, MAX_PROSE } from '../../story/schemaParts';
import { STORY_FORMAT } from '../../story/storyFormat';
import type { EraInput, EventInput, StoryInput } from '../../story/storyInput';
import type { StoryIssue } from '../../story/types';
import { isBefore, timelineJsDate, type WrittenDate } from './edtf';
import {
	refuse,
	TIMELINE_SOURCE_ID,
	warn,
	type ImportContext,
	type ImportOptions
} from './context';
import { mediaOf } from './media';
import { htmlToLine, htmlToParagraphs } from './plainText';
import { joinStyled, sourceStyles, unstyled, type StyledText } from './styledText';
import { quote } from './quote';
import { slugify, uniqueSlugs } from '../../story/slug';
import { describeValue } from '../../story/describeValue';
import { words as wordOf } from '../../story/said';
import { expected, said } from './importSaid';
import type { Slide, Timeline } from './timeline';
import { dateLine, whenOf, type SlideDate } from './when';
import { firstSentence, shorten } from './words';

export { TIMELINE_SOURCE_ID, type ImportOptions } from './context';

export type ImportResult =
	{ ok: true; story: StoryInput; warnings: StoryIssue[] } | { ok: false; issues: StoryIssue[] };

/** What one slide gives, in plain text. */
interface Words {
	headline: string;
	displayDate: string;
	paragraphs: StyledText[];
}

/** An event in the making: the slide it comes from and its block of the source text. */
interface Draft {
	event: EventInput;
	slide: Slide;
	block: number;
}

/**
 * A TimelineJS timeline as a story. The timeline is the story's one source: its plain texts
 * (per slide its headline, its date line and its text, one paragraph a line, slides apart
 * by a blank line) are the source text, and each event quotes its own slide, so every event
 * points to exact words. Dates are EDTF at the precision the file gives them, and stated:
 * the file gives them (see when.ts).
 */
export function timelineToStory(timeline: Timeline, options: ImportOptions): ImportResult {
	const context: ImportContext = { timeline, options, issues: [], warnings: [] };
	// The title slide: the story's title and summary, and the source text's first lines.
	const title = timeline.title ? slideWords(context, timeline.title) : null;
	const blocks = titleBlock(title);
	const drafts = importEvents(context, blocks);
	const eras = importEras(context);
	if (context.issues.length > 0) return { ok: false, issues: context.issues };
	if (drafts.length === 0)
		return {
			ok: false,
			issues: [{ file: options.file, field: 'events', ...said('tljsNoEventSlides') }]
		};

	const source = joinStyled(blocks, '\n\n');
	const text = `${source.text}\n`;
	quoteEvents(
		context,
		drafts,
		blocks.map((block) => block.text),
		text
	);
	if (context.issues.length > 0) return { ok: false, issues: context.issues };
	const story = storyOf(context, title, { text, styles: source.styles }, drafts, eras);
	return { ok: true, story, warnings: context.warnings };
}

/** The source text's first block: the title slide's headline and text, if it has any. */
function titleBlock(title: Words | null): StyledText[] {
	if (!title) return [];
	const block = lines([unstyled(title.headline), ...title.paragraphs]);
	return block.text ? [block] : [];
}

/** A block of the source text: its non-empty lines, one under another. */
function lines(parts: StyledText[]): StyledText {
	return joinStyled(
		parts.filter((part) => part.text !== ''),
		'\n'
	);
}

/** Each event slide as an event, its block appended to `blocks`; slides with problems skipped. */
function importEvents(context: ImportContext, blocks: StyledText[]): Draft[] {
	const ids = uniqueSlugs();
	const firstWithBlock = new Map<string, Slide>();
	const drafts: Draft[] = [];
	context.timeline.events.forEach((slide, n) => {
		const words = slideWords(context, slide);
		if (!words) return;
		const title =
			shorten(words.headline, MAX_NAME) ||
			shorten(words.paragraphs[0]?.text ?? words.displayDate, 80);
		if (!words.headline && !words.displayDate && words.paragraphs.length === 0) {
			refuse(context, slide, 'text', said('tljsNoWords'));
			return;
		}
		const expression = slideDates(context, slide, title);
		if (!expression) return;
		const date = { displayDate: words.displayDate, expression };
		const styled = lines([unstyled(words.headline), unstyled(dateLine(date)), ...words.paragraphs]);
		const block = styled.text;
		const same = firstWithBlock.get(block);
		if (same) {
			refuse(context, slide, 'text', said('tljsRepeats', { slide: same.where }), title);
			return;
		}
		firstWithBlock.set(block, slide);
		const id = ids(words.headline || words.paragraphs[0]?.text || '', `slide-${n + 1}`);
		const event = eventOf(context, slide, { id, title, words, date });
		drafts.push({ event, slide, block: blocks.length });
		blocks.push(styled);
	});
	return drafts;
}

interface EventParts {
	id: string;
	title: string;
	words: Words;
	date: SlideDate;
}

/** The event of one slide, before its excerpt is known. */
function eventOf(context: ImportContext, slide: Slide, parts: EventParts): EventInput {
	const { id, title, words, date } = parts;
	const { dateNote, fieldName } = context.timeline;
	const event: EventInput = {
		id,
		title,
		summary: shorten(firstSentence(words.paragraphs[0]?.text ?? '') || title, 200),
		kind: 'other',
		actors: [],
		when: whenOf(date, dateNote, fieldName('display_date')),
		excerpts: []
	};
	const group = groupOf(context, slide);
	if (group) event.group = group;
	const media = mediaOf(context, slide, title);
	if (media) event.media = media;
	return event;
}

/** Each era slide as an era; an era needs an end date. */
function importEras(context: ImportContext): EraInput[] {
	const ids = uniqueSlugs();
	const eras: EraInput[] = [];
	context.timeline.eras.forEach((slide, n) => {
		const words = slideWords(context, slide);
		if (!words) return;
		if (slide.data.end_date === undefined) {
			refuse(context, slide, 'end_date', said('tljsEraEnd'), words.headline);
			return;
		}
		const expression = slideDates(context, slide, words.headline);
		if (!expression) return;
		const label = words.headline || expression;
		eras.push({ id: ids(label, `era-${n + 1}`), label, expression });
	});
	return eras;
}

/** Gives each event its excerpt: its whole block of the source text. */
function quoteEvents(context: ImportContext, drafts: Draft[], blocks: string[], text: string) {
	for (const draft of drafts) {
		const excerpt = quote(text, blocks, draft.block);
		if (excerpt) draft.event.excerpts.push(excerpt);
		else refuse(context, draft.slide, 'text', said('tljsBeginsAnother'), draft.event.title);
	}
}

/** The story: the timeline as its one source, the events quoting it, and the eras. */
function storyOf(
	{ options }: ImportContext,
	title: Words | null,
	{ text, styles }: StyledText,
	drafts: Draft[],
	eras: EraInput[]
): StoryInput {
	const storyTitle = shorten(title?.headline ?? '', MAX_NAME) || 'Imported timeline';
	const story: StoryInput = {
		format: STORY_FORMAT,
		id: options.id ?? (slugify(storyTitle) || 'timeline'),
		title: storyTitle,
		summary: shorten(title?.paragraphs.map((p) => p.text).join(' ') ?? '', MAX_PROSE) || storyTitle,
		language: options.language,
		displayTimeZone: options.timeZone,
		sources: [
			{
				id: TIMELINE_SOURCE_ID,
				publisher: options.publisher,
				title: title?.headline || null,
				...(options.url
					? { url: options.url, urlLabel: options.urlLabel ?? 'The TimelineJS timeline' }
					: {}),
				language: options.language,
				published: options.published,
				text,
				...(styles.length > 0 && { styles: sourceStyles({ text, styles }) }),
				...(options.license ? { license: options.license } : {})
			}
		],
		events: drafts.map((draft) => draft.event)
	};
	if (eras.length > 0) story.eras = eras;
	return story;
}

// ── Per-slide fields ──

/** A slide's headline, date words and paragraphs in plain text; null when one is not text. */
function slideWords(context: ImportContext, slide: Slide): Words | null {
	const text = slide.data.text ?? {};
	if (typeof text !== 'object' || text === null || Array.isArray(text)) {
		refuse(context, slide, 'text', said('tljsTextObject'));
		return null;
	}
	const field = (key: string): string | null => {
		const value = (text as Record<string, unknown>)[key] ?? '';
		if (typeof value === 'string') return value;
		refuse(context, slide, `text.${key}`, expected('aString', value));
		return null;
	};
	const headline = field('headline');
	const body = field('text');
	const display = displayDateOf(slide);
	if (headline === null || body === null || display === null) {
		if (display === null) refuse(context, slide, 'display_date', said('tljsDisplayDate'));
		return null;
	}
	return {
		headline: htmlToLine(headline),
		displayDate: htmlToLine(display),
		paragraphs: htmlToParagraphs(body)
	};
}

/** A slide's date words: its `display_date`, or its start date's. Null when not a string. */
function displayDateOf(slide: Slide): string | null {
	const own = slide.data.display_date;
	const start = slide.data.start_date;
	const nested =
		typeof start === 'object' && start !== null
			? (start as Record<string, unknown>).display_date
			: undefined;
	const value = own || nested || '';
	return typeof value === 'string' ? value : null;
}

/** A slide's start, or start and end, as EDTF; null when missing or wrong (and reported). */
function slideDates(context: ImportContext, slide: Slide, title: string): string | null {
	const start = dateOf(context, slide, 'start_date', title);
	if (start === undefined) {
		refuse(context, slide, 'start_date', said('tljsNoStart'), title);
		return null;
	}
	const end = dateOf(context, slide, 'end_date', title);
	if (start === null || end === null) return null;
	if (!end) return start.edtf;
	if (isBefore(end.last, start.first)) {
		const problem = said('tljsEndFirst', { end: end.edtf, start: start.edtf });
		refuse(context, slide, 'end_date', problem, title);
		return null;
	}
	return `${start.edtf}/${end.edtf}`;
}

/** A date field as EDTF; undefined when absent, null when wrong (and reported). */
function dateOf(
	context: ImportContext,
	slide: Slide,
	key: 'start_date' | 'end_date',
	title: string
): WrittenDate | null | undefined {
	const value = slide.data[key];
	if (value === undefined || value === null || value === '') return undefined;
	if (typeof value !== 'object' || Array.isArray(value)) {
		refuse(context, slide, key, expected('aDateObject', value), title);
		return null;
	}
	const result = timelineJsDate(value as Record<string, unknown>, context.options.timeZone);
	if (result.ok) return result.date;
	refuse(context, slide, `${key}.${result.part}`, result, title);
	return null;
}

/** A slide's group as one line of text; anything but a string is ignored with a warning. */
function groupOf(context: ImportContext, slide: Slide): string | null {
	const group = slide.data.group;
	if (group === undefined || group === null) return null;
	if (typeof group !== 'string') {
		const got = describeValue(group);
		warn(context, slide, 'group', said('tljsIgnored', { what: wordOf('aString'), got }));
		return null;
	}
	return htmlToLine(group) || null;
}
