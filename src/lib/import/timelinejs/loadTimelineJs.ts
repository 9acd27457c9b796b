import { loadStory, type LoadResult } from '../../story/loadStory';
import { importTimelineJson } from './importTimelineJson';

/**
 * A TimelineJS JSON file fetched from `url`, converted and then loaded like any story: what
 * the embed's `?src=` does with one. `today` (an ISO day) stands in for the publication date
 * the file does not give, and is marked as such.
 */
export function loadTimelineJs(json: unknown, url: URL, today: string): LoadResult {
	const result = importTimelineJson(json, {
		file: url.href,
		publisher: url.host,
		url: url.href,
		published: {
			date: today,
			timeZone: 'UTC',
			basis: 'editorial',
			note: 'The TimelineJS file gives no publication date; this is the day it was loaded.'
		},
		// TimelineJS files do not say their language.
		language: 'und',
		timeZone: 'UTC'
	});
	return result.ok ? loadStory(result.story, url.href) : result;
}
