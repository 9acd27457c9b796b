import type { Said } from '../../story/said';
import type { PublishedInput } from '../../story/storyInput';
import type { StoryIssue } from '../../story/types';
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
	/** What the link to `url` is called; by default "The TimelineJS timeline". */
	urlLabel?: string;
	/** Terms of reuse to show with the source, e.g. `MPL-2.0`. */
	license?: string;
	/** TimelineJS files carry no publication date: the caller says what it knows, or null. */
	published: PublishedInput | null;
	/** BCP 47 tag of the timeline's language. */
	language: string;
	/** Zone the axis is drawn in, and in which the file's times of day are read. */
	timeZone: string;
}

/** The id of the one source an imported story has: the timeline itself. */
export const TIMELINE_SOURCE_ID = 'timeline';

/** The state of one import: the timeline read, the caller's options and what went wrong. */
export interface ImportContext {
	timeline: Timeline;
	options: ImportOptions;
	/** Problems that stop the import. */
	issues: StoryIssue[];
	/** Problems that drop a part of a slide and keep the rest. */
	warnings: StoryIssue[];
}

/** `events[3] (“Title”) › start_date.month`: the slide, and the field as its file names it. */
export function fieldOf(
	context: ImportContext,
	slide: Slide,
	path: string,
	title?: string
): string {
	const named = title ? ` (“${title.slice(0, 60)}”)` : '';
	return `${slide.where}${named} › ${context.timeline.fieldName(path)}`;
}

type Report = (
	context: ImportContext,
	slide: Slide,
	path: string,
	problem: Said,
	title?: string
) => void;

/** A problem that stops the import, named file › slide › field. */
export const refuse: Report = (context, ...rest) => report(context, context.issues, ...rest);

/** A problem that drops part of a slide and keeps the rest, named file › slide › field. */
export const warn: Report = (context, ...rest) => report(context, context.warnings, ...rest);

function report(
	context: ImportContext,
	list: StoryIssue[],
	slide: Slide,
	path: string,
	{ message, says }: Said,
	title?: string
): void {
	const field = fieldOf(context, slide, path, title);
	list.push({ file: context.options.file, field, message, says });
}
