import type { StoryIssue } from '../../story/types';
import { said } from './importSaid';
import { readTimelineCsv } from './readCsv';
import { importTimelineJson } from './importTimelineJson';
import { timelineToStory, type ImportOptions, type ImportResult } from './toStory';

/**
 * A TimelineJS file's contents, JSON or a spreadsheet exported as CSV (told apart by the
 * first character), as a story. Never throws: every problem names the slide or row and field.
 */
export function importTimelineJs(contents: string, options: ImportOptions): ImportResult {
	const trimmed = contents.replace(/^\uFEFF/, '').trimStart();
	if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
		let json: unknown;
		try {
			json = JSON.parse(trimmed);
		} catch (error) {
			return { ok: false, issues: [notJson(options.file, error)] };
		}
		return importTimelineJson(json, options);
	}
	const read = readTimelineCsv(contents, options.file);
	return read.ok ? timelineToStory(read.timeline, options) : read;
}

/** A file that starts as JSON and does not parse, with what the parser said. */
export function notJson(file: string, error: unknown): StoryIssue {
	const detail = error instanceof Error ? error.message : String(error);
	return { file, field: '(root)', ...said('notJson', { detail }) };
}
