import { importTimelineJs, notJson } from '$lib/import/timelinejs/importTimelineJs';
import { isTimelineJs } from '$lib/import/timelinejs/isTimelineJs';
import type { StoryIssue } from '$lib/story/types';
import { authoredForm } from './storyDocument';

/** What a file opened into: the story to edit (null where none could be read) and why not. */
export interface Opened {
	story: unknown;
	/** Problems found while reading (not JSON, a TimelineJS sheet that does not convert). */
	issues: StoryIssue[];
}

/**
 * A file's contents as a story to edit: Sourceline story JSON (a published one back in its
 * authored form), or a TimelineJS file, JSON or CSV, converted. A story that does not
 * validate still opens: the editor lists its problems beside it.
 */
export function openStoryText(text: string, file: string): Opened {
	const trimmed = text.replace(/^\uFEFF/, '').trimStart();
	if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return fromTimelineJs(text, file);
	let json: unknown;
	try {
		json = JSON.parse(trimmed);
	} catch (error) {
		return { story: null, issues: [notJson(file, error)] };
	}
	if (isTimelineJs(json)) return fromTimelineJs(trimmed, file);
	return { story: authoredForm(json), issues: [] };
}

function fromTimelineJs(text: string, file: string): Opened {
	const imported = importTimelineJs(text, {
		file,
		publisher: `TimelineJS file ${file}`,
		published: null,
		// TimelineJS files do not say their language.
		language: 'und',
		timeZone: 'UTC'
	});
	return imported.ok
		? { story: imported.story, issues: [] }
		: { story: null, issues: imported.issues };
}
