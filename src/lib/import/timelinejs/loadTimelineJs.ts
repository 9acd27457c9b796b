import { loadStory, type LoadResult } from '../../story/loadStory';
import { importTimelineJson } from './importTimelineJson';

/**
 * A TimelineJS JSON file fetched from `url`, converted and then loaded like any story: what
 * the embed's `?src=` does with one. The file names no publisher and no publication date, so
 * the source says where the file is and that its publication date is not known.
 */
export function loadTimelineJs(json: unknown, url: URL): LoadResult {
	const result = importTimelineJson(json, {
		file: url.href,
		publisher: `TimelineJS file at ${url.host}`,
		url: url.href,
		urlLabel: 'The TimelineJS file',
		published: null,
		// TimelineJS files do not say their language.
		language: 'und',
		timeZone: 'UTC'
	});
	return result.ok ? loadStory(result.story, url.href) : result;
}
