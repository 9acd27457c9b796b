import type { StoryIssue } from '../../story/types';
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
			const detail = error instanceof Error ? error.message : String(error);
			return failure(options.file, '(root)', `Not JSON: ${detail}`);
		}
		return importTimelineJson(json, options);
	}
	const read = readTimelineCsv(contents, options.file);
	return read.ok ? timelineToStory(read.timeline, options) : read;
}

function failure(
	file: string,
	field: string,
	message: string
): { ok: false; issues: StoryIssue[] } {
	return { ok: false, issues: [{ file, field, message }] };
}
