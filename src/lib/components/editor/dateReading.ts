import { formatResolvedDate } from '$lib/format/when';
import { resolveDateExpression } from '$lib/story/dates/resolveDate';

type Doc = Record<string, unknown>;
const record = (value: unknown): Doc =>
	typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Doc) : {};
const text = (value: unknown): string | null =>
	typeof value === 'string' && value.trim() !== '' ? value : null;

/**
 * What the resolver makes of an event's date as it stands in the editor, read at once
 * (one date, not the whole story): "Read as Fri 28 Feb 2025", or why it is not read. The
 * words are read against the publication of the source the date counts from (`when.source`,
 * else the first quote's), in the event's zone, as the loader reads them.
 */
export function dateReading(story: unknown, index: number): string {
	const doc = record(story);
	const event = record(Array.isArray(doc.events) ? doc.events[index] : null);
	const when = record(event.when);
	if (text(when.sameAs)) return `Some time during the event “${when.sameAs}”`;
	const words = text(when.expression) ?? text(when.text);
	if (!words) return 'No date words or expression yet.';
	const excerpts = Array.isArray(event.excerpts) ? event.excerpts : [];
	const sourceId = text(when.source) ?? text(record(excerpts[0]).source);
	const sources = Array.isArray(doc.sources) ? doc.sources.map(record) : [];
	const source = sources.find((s) => s.id === sourceId) ?? sources[0];
	const published = record(source?.published);
	const displayZone = text(doc.displayTimeZone) ?? 'UTC';
	const result = resolveDateExpression(words, {
		published: text(published.date),
		publishedTimeZone: text(published.timeZone) ?? displayZone,
		timeZone: text(record(event.place).timeZone) ?? displayZone
	});
	return result.ok ? `Read as ${formatResolvedDate(result.date)}` : `Not read: ${result.message}`;
}
