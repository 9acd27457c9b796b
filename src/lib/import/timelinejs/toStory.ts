import { STORY_FORMAT } from '../../story/storyFormat';
import type {
	EraInput,
	EventInput,
	ExcerptInput,
	MediaInput,
	PublishedInput,
	StoryInput,
	WhenInput
} from '../../story/storyInput';
import type { StoryIssue } from '../../story/types';
import { httpUrl } from '../../ui/httpUrl';
import { isBefore, timelineJsDate, type WrittenDate } from './edtf';
import { htmlToLine, htmlToParagraphs } from './plainText';
import { slugify, uniqueSlugs } from '../../story/slug';
import { describeValue as typeName } from '../../story/describeValue';
import type { Slide, Timeline } from './timeline';

export interface ImportOptions {
	/** The file (or URL) read, named in every message. */
	file: string;
	/** The story's id; by default a slug of the title slide's headline. */
	id?: string;
	/** Who published the timeline, shown with the source. */
	publisher: string;
	/** Where the timeline can be found. */
	url?: string;
	/** Terms of reuse to show with the source, e.g. `MPL-2.0`. */
	license?: string;
	/** TimelineJS files carry no publication date: the caller says what it knows. */
	published: PublishedInput;
	/** BCP 47 tag of the timeline's language. */
	language: string;
	/** Zone the axis is drawn in, and in which the file's times of day are read. */
	timeZone: string;
}

export type ImportResult =
	{ ok: true; story: StoryInput; warnings: StoryIssue[] } | { ok: false; issues: StoryIssue[] };

/** The id of the one source an imported story has: the timeline itself. */
export const TIMELINE_SOURCE_ID = 'timeline';

/** What one slide gives, in plain text. */
interface Words {
	headline: string;
	displayDate: string;
	paragraphs: string[];
}

/**
 * A TimelineJS timeline as a story. The timeline is the story's one source: its plain texts
 * (per slide its headline, its display date and its text, one paragraph a line, slides
 * apart by a blank line) are the source text, and each event quotes its own slide, so every
 * event points to exact words. Dates are EDTF at the precision the file gives them.
 */
export function timelineToStory(timeline: Timeline, options: ImportOptions): ImportResult {
	const issues: StoryIssue[] = [];
	const warnings: StoryIssue[] = [];
	const at = (slide: Slide, path: string, title?: string) => {
		const named = title ? ` (“${title.slice(0, 60)}”)` : '';
		return `${slide.where}${named} › ${timeline.fieldName(path)}`;
	};
	const problem = (list: StoryIssue[], field: string, message: string) =>
		list.push({ file: options.file, field, message });

	const words = (slide: Slide): Words | null => {
		const text = slide.data.text ?? {};
		if (typeof text !== 'object' || text === null || Array.isArray(text)) {
			problem(issues, at(slide, 'text'), 'Expected an object with "headline" and "text"');
			return null;
		}
		const field = (key: string): string | null => {
			const value = (text as Record<string, unknown>)[key] ?? '';
			if (typeof value === 'string') return value;
			problem(issues, at(slide, `text.${key}`), `Expected a string, got ${typeName(value)}`);
			return null;
		};
		const headline = field('headline');
		const body = field('text');
		const display = displayDateOf(slide);
		if (headline === null || body === null || display === null) {
			if (display === null)
				problem(issues, at(slide, 'display_date'), 'Expected a string (the date as shown)');
			return null;
		}
		return {
			headline: htmlToLine(headline),
			displayDate: htmlToLine(display),
			paragraphs: htmlToParagraphs(body)
		};
	};

	// The title slide: the story's title and summary, and the source text's first lines.
	const titleWords = timeline.title ? words(timeline.title) : null;
	const storyTitle = titleWords?.headline || 'Imported timeline';
	const storySummary = titleWords?.paragraphs.join(' ') || storyTitle;

	const ids = uniqueSlugs();
	const blocks: string[] = [];
	if (titleWords) {
		const block = [titleWords.headline, ...titleWords.paragraphs].filter(Boolean).join('\n');
		if (block) blocks.push(block);
	}

	interface Draft {
		event: EventInput;
		slide: Slide;
		block: number;
	}
	const drafts: Draft[] = [];
	const firstWithBlock = new Map<string, Slide>();

	timeline.events.forEach((slide, n) => {
		const w = words(slide);
		if (!w) return;
		const lines = [w.headline, w.displayDate, ...w.paragraphs].filter(Boolean);
		const title = w.headline || shorten(w.paragraphs[0] ?? w.displayDate, 80);
		if (lines.length === 0) {
			problem(issues, at(slide, 'text'), 'The slide has no headline and no text: nothing to quote');
			return;
		}
		const when = dates(slide, title);
		if (!when) return;
		const block = lines.join('\n');
		const same = firstWithBlock.get(block);
		if (same) {
			problem(
				issues,
				at(slide, 'text', title),
				`Repeats ${same.where} word for word, so no passage could tell them apart; merge them or make the words differ`
			);
			return;
		}
		firstWithBlock.set(block, slide);

		const event: EventInput = {
			id: ids(w.headline || w.paragraphs[0] || '', `slide-${n + 1}`),
			title,
			summary: shorten(firstSentence(w.paragraphs[0] ?? '') || title, 200),
			kind: 'other',
			actors: [],
			when: whenOf(w.displayDate, when, timeline.dateNote),
			excerpts: []
		};
		const group = groupOf(slide);
		if (group) event.group = group;
		const media = mediaOf(slide, title);
		if (media) event.media = media;
		drafts.push({ event, slide, block: blocks.length });
		blocks.push(block);
	});

	const eraIds = uniqueSlugs();
	const eras: EraInput[] = [];
	timeline.eras.forEach((slide, n) => {
		const w = words(slide);
		if (!w) return;
		if (slide.data.end_date === undefined) {
			problem(issues, at(slide, 'end_date', w.headline), 'An era needs an end date');
			return;
		}
		const expression = dates(slide, w.headline);
		if (!expression) return;
		const label = w.headline || expression;
		eras.push({ id: eraIds(label, `era-${n + 1}`), label, expression });
	});

	if (issues.length > 0) return { ok: false, issues };
	if (drafts.length === 0)
		return {
			ok: false,
			issues: [{ file: options.file, field: 'events', message: 'The timeline has no events' }]
		};

	const text = `${blocks.join('\n\n')}\n`;
	for (const draft of drafts) {
		const excerpt = quote(text, blocks, draft.block);
		if (excerpt) draft.event.excerpts.push(excerpt);
		else
			problem(
				issues,
				at(draft.slide, 'text', draft.event.title),
				'Its words also begin another slide, so no passage could point to it alone; make them differ'
			);
	}
	if (issues.length > 0) return { ok: false, issues };

	const story: StoryInput = {
		format: STORY_FORMAT,
		id: options.id ?? (slugify(storyTitle) || 'timeline'),
		title: storyTitle,
		summary: storySummary,
		language: options.language,
		displayTimeZone: options.timeZone,
		sources: [
			{
				id: TIMELINE_SOURCE_ID,
				publisher: options.publisher,
				title: titleWords?.headline || null,
				...(options.url ? { url: options.url } : {}),
				language: options.language,
				published: options.published,
				text,
				...(options.license ? { license: options.license } : {})
			}
		],
		events: drafts.map((draft) => draft.event)
	};
	if (eras.length > 0) story.eras = eras;
	return { ok: true, story, warnings };

	// ── Per-slide fields ──

	function dates(slide: Slide, title: string): string | null {
		const start = dateOf(slide, 'start_date', title);
		if (start === undefined) {
			problem(issues, at(slide, 'start_date', title), 'A slide needs a start date with a year');
			return null;
		}
		const end = dateOf(slide, 'end_date', title);
		if (start === null || end === null) return null;
		if (!end) return start.edtf;
		if (isBefore(end.last, start.first)) {
			problem(
				issues,
				at(slide, 'end_date', title),
				`The end (${end.edtf}) comes before the start (${start.edtf})`
			);
			return null;
		}
		return `${start.edtf}/${end.edtf}`;
	}

	/** A date field as EDTF; undefined when absent, null when wrong (and reported). */
	function dateOf(
		slide: Slide,
		key: 'start_date' | 'end_date',
		title: string
	): WrittenDate | null | undefined {
		const value = slide.data[key];
		if (value === undefined || value === null || value === '') return undefined;
		if (typeof value !== 'object' || Array.isArray(value)) {
			problem(issues, at(slide, key, title), `Expected a date object, got ${typeName(value)}`);
			return null;
		}
		const result = timelineJsDate(value as Record<string, unknown>, options.timeZone);
		if (result.ok) return result.date;
		problem(issues, at(slide, `${key}.${result.part}`, title), result.message);
		return null;
	}

	function groupOf(slide: Slide): string | null {
		const group = slide.data.group;
		if (group === undefined || group === null) return null;
		if (typeof group !== 'string') {
			problem(warnings, at(slide, 'group'), `Ignored: expected a string, got ${typeName(group)}`);
			return null;
		}
		return htmlToLine(group) || null;
	}

	function mediaOf(slide: Slide, title: string): MediaInput | null {
		const media = slide.data.media;
		if (media === undefined || media === null) return null;
		if (typeof media !== 'object' || Array.isArray(media)) {
			problem(warnings, at(slide, 'media', title), `Dropped: expected an object`);
			return null;
		}
		const fields = media as Record<string, unknown>;
		const line = (key: string) => (typeof fields[key] === 'string' ? htmlToLine(fields[key]) : '');
		const raw = typeof fields.url === 'string' ? fields.url.trim() : '';
		if (raw === '') return null;
		const url = /^https?:\/\//i.test(raw) ? httpUrl(raw) : null;
		if (!url) {
			problem(
				warnings,
				at(slide, 'media.url', title),
				`Dropped: "${shorten(raw.replace(/\s+/g, ' '), 60)}" is not an http(s) address`
			);
			return null;
		}
		const caption = line('caption');
		const credit = line('credit');
		const kind = IMAGE.test(url.pathname) ? 'image' : 'link';
		const result: MediaInput = { kind, url: url.href };
		if (kind === 'image') result.alt = line('alt') || caption || title;
		if (caption) result.caption = caption;
		if (credit) result.credit = credit;
		return result;
	}
}

/**
 * How an imported date is known. The file states it, in its date fields; its words state it
 * only where the slide has a display date, which the event then quotes: `stated`. Without
 * one the slide has no date words, and a `stated` date must have them, so it is `inferred`
 * with a note saying the date is the file's own fields, not a reading of the narrative.
 */
function whenOf(displayDate: string, expression: string, fields: string): WhenInput {
	if (displayDate)
		return {
			text: displayDate,
			basis: 'stated',
			expression,
			source: TIMELINE_SOURCE_ID,
			note: fields
		};
	return {
		text: null,
		basis: 'inferred',
		expression,
		source: TIMELINE_SOURCE_ID,
		note: `${fields}; the slide has no date words`
	};
}

const IMAGE = /\.(?:jpe?g|png|gif|webp|avif|svg)$/i;

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

/**
 * The excerpt for block `index`: the whole slide, pinned between the blank lines around it
 * so a slide whose words also start a longer slide is still told apart. Null when even that
 * is ambiguous (only the last block can be: nothing follows it).
 */
function quote(text: string, blocks: string[], index: number): ExcerptInput | null {
	const exact = blocks[index]!;
	const excerpt: ExcerptInput = { source: TIMELINE_SOURCE_ID, exact };
	if (index === 0) {
		// Nothing before it to pin it by: it must not also end a later slide.
		if (blocks.length > 1) excerpt.suffix = '\n\n';
		return blocks.length > 1 && text.includes(`\n${exact}\n\n`) ? null : excerpt;
	}
	excerpt.prefix = '\n\n';
	if (index < blocks.length - 1) {
		excerpt.suffix = '\n\n';
		return excerpt;
	}
	excerpt.suffix = '\n';
	if (occurrences(text, `\n\n${exact}\n`) <= 1) return excerpt;
	excerpt.prefix = `${index > 1 ? '\n\n' : ''}${blocks[index - 1]}\n\n`;
	return occurrences(text, `${excerpt.prefix}${exact}\n`) <= 1 ? excerpt : null;
}

function occurrences(text: string, words: string): number {
	let count = 0;
	for (let at = text.indexOf(words); at !== -1 && count < 2; at = text.indexOf(words, at + 1))
		count++;
	return count;
}

function firstSentence(paragraph: string): string {
	const match = /^.+?[.!?](?=\s|$)/.exec(paragraph);
	return match ? match[0] : paragraph;
}

function shorten(words: string, max: number): string {
	if (words.length <= max) return words;
	const cut = words.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}
