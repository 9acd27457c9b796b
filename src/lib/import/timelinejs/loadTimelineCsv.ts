import { checkStory } from '../../story/checkStory';
import type { LoadResult } from '../../story/storyLoading';
import { remoteImportOptions } from './loadTimelineJs';
import { readTimelineCsv } from './readCsv';
import { timelineToStory } from './toStory';

/**
 * A TimelineJS spreadsheet published as CSV (Google Sheets' "Publish to the web", CSV) at
 * `url`, converted and loaded like any story. Loaded on demand: only a CSV needs it.
 */
export async function loadTimelineCsv(csv: string, url: URL): Promise<LoadResult> {
	const options = remoteImportOptions(url, 'spreadsheet');
	const read = readTimelineCsv(csv, options.file);
	if (!read.ok) return read;
	const result = timelineToStory(read.timeline, options);
	return result.ok ? checkStory(result.story, url.href) : result;
}

/**
 * Whether a file that is not JSON reads as a spreadsheet: its first line has a comma and is
 * no markup. Which columns it has is the reader's to say (it names the ones it expected).
 */
export function looksLikeCsv(text: string): boolean {
	const first =
		text
			.replace(/^\uFEFF/, '')
			.trimStart()
			.split(/\r?\n/, 1)[0] ?? '';
	return first.includes(',') && !/^[<{[]/.test(first);
}
