import type { StoryIssue } from '../../story/types';
import type { Slide, Timeline } from './timeline';

export type ReadResult = { ok: true; timeline: Timeline } | { ok: false; issues: StoryIssue[] };

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Whether parsed JSON is a TimelineJS file rather than a story: no `format`, and `events`
 * whose slides carry a `start_date`, or a title slide.
 */
export function isTimelineJs(json: unknown): boolean {
	if (!isRecord(json) || 'format' in json || !Array.isArray(json.events)) return false;
	return isRecord(json.title) || json.events.some((e) => isRecord(e) && 'start_date' in e);
}

/** A TimelineJS3 JSON file's slides; problems with its shape name the field. */
export function readTimelineJson(json: unknown, file: string): ReadResult {
	const issue = (field: string, message: string): ReadResult => ({
		ok: false,
		issues: [{ file, field, message }]
	});
	if (!isRecord(json)) return issue('(root)', 'A TimelineJS file is a JSON object');
	if (!Array.isArray(json.events))
		return issue('events', 'A TimelineJS file needs an "events" list');
	if (json.eras !== undefined && !Array.isArray(json.eras))
		return issue('eras', 'Expected a list of eras');
	if (json.title !== undefined && !isRecord(json.title))
		return issue('title', 'Expected the title slide, an object');

	const issues: StoryIssue[] = [];
	const slides = (list: unknown[], name: string): Slide[] =>
		list.flatMap((data, i) => {
			if (isRecord(data)) return [{ data, where: `${name}[${i}]` }];
			issues.push({ file, field: `${name}[${i}]`, message: 'Expected a slide, an object' });
			return [];
		});
	const events = slides(json.events, 'events');
	const eras = slides((json.eras as unknown[] | undefined) ?? [], 'eras');
	if (issues.length > 0) return { ok: false, issues };
	return {
		ok: true,
		timeline: {
			title: isRecord(json.title) ? { data: json.title, where: 'title' } : null,
			events,
			eras,
			fieldName: (path) => path,
			dateNote: 'Date from the TimelineJS file’s start_date and end_date fields'
		}
	};
}
