import { ta } from '$lib/i18n/authoring/words';
import { fill } from '$lib/i18n/plural';
import { issueText } from '$lib/i18n/checks/words';
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
	const words = ta().date;
	const sameAs = text(when.sameAs);
	if (sameAs) return fill(words.sameAs, { id: sameAs });
	const written = text(when.expression) ?? text(when.text);
	if (!written) return words.noWords;
	const excerpts = Array.isArray(event.excerpts) ? event.excerpts : [];
	const sourceId = text(when.source) ?? text(record(excerpts[0]).source);
	const sources = Array.isArray(doc.sources) ? doc.sources.map(record) : [];
	const source = sources.find((s) => s.id === sourceId) ?? sources[0];
	const published = record(source?.published);
	const displayZone = text(doc.displayTimeZone) ?? 'UTC';
	const result = resolveDateExpression(written, {
		published: text(published.date),
		publishedTimeZone: text(published.timeZone) ?? displayZone,
		timeZone: text(record(event.place).timeZone) ?? displayZone,
		language: text(source?.language) ?? undefined
	});
	return result.ok
		? fill(words.readAs, { date: formatResolvedDate(result.date) })
		: fill(words.notRead, { message: issueText(result) });
}
