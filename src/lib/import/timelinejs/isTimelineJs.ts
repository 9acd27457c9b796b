// Apart from the importer: the story checker tells a TimelineJS file by its shape, and loads
// the importer (readJson.ts and the rest) only for one.

export function isRecord(value: unknown): value is Record<string, unknown> {
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
