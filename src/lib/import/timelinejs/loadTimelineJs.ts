import { checkStory } from '../../story/checkStory';
import type { LoadResult } from '../../story/storyLoading';
import type { ImportOptions } from './context';
import { importTimelineJson } from './importTimelineJson';

/**
 * A TimelineJS JSON file fetched from `url`, converted and then loaded like any story: what
 * the embed's `?src=` does with one. The file names no publisher and no publication date, so
 * the source says where the file is and that its publication date is not known.
 */
export async function loadTimelineJs(json: unknown, url: URL): Promise<LoadResult> {
	const result = importTimelineJson(json, remoteImportOptions(url, 'file'));
	return result.ok ? checkStory(result.story, url.href) : result;
}

/**
 * How a TimelineJS file or spreadsheet from `url` is credited: where it is, not a publisher;
 * no publication date, none being given; the link names what it is.
 */
export function remoteImportOptions(url: URL, kind: 'file' | 'spreadsheet'): ImportOptions {
	return {
		file: url.href,
		publisher: `TimelineJS ${kind} at ${url.host}`,
		url: url.href,
		urlLabel: `The TimelineJS ${kind}`,
		published: null,
		// TimelineJS files do not say their language.
		language: 'und',
		timeZone: 'UTC'
	};
}
