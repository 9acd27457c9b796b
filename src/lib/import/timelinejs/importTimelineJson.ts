import { readTimelineJson } from './readJson';
import { timelineToStory, type ImportOptions, type ImportResult } from './toStory';

/** A parsed TimelineJS JSON file as a story (no CSV reader here: the embed loads this one). */
export function importTimelineJson(json: unknown, options: ImportOptions): ImportResult {
	const read = readTimelineJson(json, options.file);
	return read.ok ? timelineToStory(read.timeline, options) : read;
}
