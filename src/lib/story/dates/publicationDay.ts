import { isoDayStartUtc, parseIsoInstant } from './isoDate';
import type { PublishedInput } from '../storyInput';

/**
 * The calendar day a source was published (`2025-02-27`), counted in its own zone: a
 * date-time is taken there, a date is its own day. Null where `date` is neither. The date
 * resolver reads date words against this day, and the source heading shows it.
 * (Intl rather than date-fns' `format`: the heading is on every page, and this keeps it light.)
 */
export function publicationDay(
	published: Pick<PublishedInput, 'date' | 'timeZone'>
): string | null {
	const instant = parseIsoInstant(published.date);
	if (!instant) return isoDayStartUtc(published.date) === null ? null : published.date;
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone: published.timeZone,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit'
	}).formatToParts(instant);
	const part = (type: Intl.DateTimeFormatPartTypes) =>
		parts.find((candidate) => candidate.type === type)?.value ?? '';
	return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}
