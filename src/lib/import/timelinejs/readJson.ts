import type { CheckKey } from '../../i18n/checks/en';
import type { StoryIssue } from '../../story/types';
import { said } from './importSaid';
import { isRecord } from './isTimelineJs';
import type { Slide, Timeline } from './timeline';

export type ReadResult = { ok: true; timeline: Timeline } | { ok: false; issues: StoryIssue[] };

/** A TimelineJS3 JSON file's slides; problems with its shape name the field. */
export function readTimelineJson(json: unknown, file: string): ReadResult {
	const issue = (field: string, key: CheckKey): ReadResult => ({
		ok: false,
		issues: [{ file, field, ...said(key) }]
	});
	if (!isRecord(json)) return issue('(root)', 'tljsNotObject');
	if (!Array.isArray(json.events)) return issue('events', 'tljsNoEvents');
	if (json.eras !== undefined && !Array.isArray(json.eras)) return issue('eras', 'tljsErasList');
	if (json.title !== undefined && !isRecord(json.title)) return issue('title', 'tljsTitleObject');

	const issues: StoryIssue[] = [];
	const slides = (list: unknown[], name: string): Slide[] =>
		list.flatMap((data, i) => {
			if (isRecord(data)) return [{ data, where: `${name}[${i}]` }];
			issues.push({ file, field: `${name}[${i}]`, ...said('tljsSlideObject') });
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
