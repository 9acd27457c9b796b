import type { DateBasis } from '$lib/story/storyInput';
import type { ResolvedDate, ResolvedWhen } from '$lib/story/types';
import { t } from '$lib/i18n/active';
import { dateFormat } from '$lib/i18n/intl';
import { fill } from '$lib/i18n/plural';
import { calendarParts, utcDay, yearWords } from './yearWords';

// Calendar dates are written with their year said apart (see yearWords.ts): "44 BC", "476".
const dayFormat = () =>
	dateFormat('day', { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short' });
const monthFormat = () => dateFormat('month', { timeZone: 'UTC', month: 'long' });
const instantOptions: Intl.DateTimeFormatOptions = {
	weekday: 'short',
	day: 'numeric',
	month: 'short',
	year: 'numeric',
	hour: '2-digit',
	minute: '2-digit',
	hourCycle: 'h23'
};

type DateFields = Pick<
	ResolvedDate,
	'start' | 'end' | 'precision' | 'extent' | 'modifier' | 'qualifier' | 'timeZone'
>;

// One format per language and zone (with and without the zone's name), kept, so naming
// thousands of marks builds a few.
function instantFormat(timeZone: string, zoneName: boolean): Intl.DateTimeFormat {
	return dateFormat(`instant:${zoneName ? 'named' : 'bare'}:${timeZone}`, {
		...instantOptions,
		timeZone,
		...(zoneName && { timeZoneName: 'short' })
	});
}

/** "Fri 28 Feb 2025 09:30", with the zone's short name ("GMT", "EST") unless `zoneName` is false. */
function formatInstant(iso: string, timeZone: string, zoneName = true): string {
	return instantFormat(timeZone, zoneName).format(new Date(iso)).replaceAll(',', '');
}

/**
 * One end of a resolved date at its own precision, as written in `start` or `end`: "1973",
 * "476", "44 BC", "April 1970", "Fri 28 Feb 2025", or a time in `timeZone` ("Tue 2 Jan 2024
 * 14:51 GMT"). Calendar dates are formatted as written, in no zone.
 */
export function formatDatePart(iso: string, timeZone: string): string {
	const parts = calendarParts(iso);
	if (!parts) return formatInstant(iso, timeZone);
	const { year, month, day, unit } = parts;
	if (unit === 'year') return yearWords(year);
	const date = utcDay(year, month, day);
	const words = unit === 'month' ? monthFormat().format(date) : dayFormat().format(date);
	return `${words.replace(',', '')} ${yearWords(year)}`;
}

/** The two ends of a span; between two times in the same zone name, the name is said once. */
export function formatSpanEnds(
	when: Pick<DateFields, 'start' | 'end' | 'timeZone'>
): [string, string] {
	const end = formatDatePart(when.end, when.timeZone);
	if (when.start.includes('T') && when.end.includes('T')) {
		const start = formatDatePart(when.start, when.timeZone);
		const zone = (text: string) => text.slice(text.lastIndexOf(' '));
		if (zone(start) === zone(end)) return [formatInstant(when.start, when.timeZone, false), end];
		return [start, end];
	}
	return [formatDatePart(when.start, when.timeZone), end];
}

/** What one end of a span is written to: `2025-02-24` a day, `2025-02` a month, `1952` a year. */
function unitOf(iso: string): 'day' | 'month' | 'year' | 'time' {
	return calendarParts(iso)?.unit ?? 'time';
}

/**
 * A span's ends with what they share said once, at the end: "Mon 24" and "Wed 26 Feb 2025",
 * "Fri 28 Feb" and "Mon 3 Mar 2025", "July" and "September 1943"; times as `formatSpanEnds`.
 */
function compactEnds(when: Pick<DateFields, 'start' | 'end' | 'timeZone'>): [string, string] {
	const [start, end] = formatSpanEnds(when);
	const unit = unitOf(when.start);
	if (unit !== unitOf(when.end) || (unit !== 'day' && unit !== 'month')) return [start, end];
	const [first, last] = [calendarParts(when.start)!, calendarParts(when.end)!];
	if (first.year !== last.year) return [start, end];
	const withoutYear = start.slice(0, -yearWords(first.year).length - 1);
	if (unit === 'month' || first.month !== last.month) return [withoutYear, end];
	return [withoutYear.replace(/ [^\s\d]+$/u, ''), end];
}

/**
 * A span as words around its two ends, by its extent: some time `within` it ("some day
 * between" Mon 24 "and" Wed 26 Feb 2025; "some month", "some year", or "some time" where the
 * ends are times or differ in precision), or lasting `throughout` it ("from" … "to" …).
 */
export function spanWords(when: Pick<DateFields, 'start' | 'end' | 'extent' | 'timeZone'>): {
	lead: string;
	start: string;
	joiner: string;
	end: string;
} {
	const [start, end] = compactEnds(when);
	const words = t().dates;
	if (when.extent === 'throughout') return { lead: words.from, start, joiner: words.to, end };
	const unit = unitOf(when.start) === unitOf(when.end) ? unitOf(when.start) : 'time';
	const lead = {
		day: words.someDay,
		month: words.someMonth,
		year: words.someYear,
		time: words.someTime
	};
	return { lead: lead[unit], start, joiner: words.and, end };
}

/** EDTF's qualifiers as a reader sees them: "c. 1815" (approximate), "1815?" (uncertain). */
export function qualifierMarks(when: Pick<ResolvedDate, 'qualifier'>): {
	before: string;
	after: string;
} {
	const approximate =
		when.qualifier === 'approximate' || when.qualifier === 'uncertain-approximate';
	const uncertain = when.qualifier === 'uncertain' || when.qualifier === 'uncertain-approximate';
	return { before: approximate ? t().dates.approximate : '', after: uncertain ? '?' : '' };
}

type Qualified = (text: string) => string;

/** A decade from its first year: "1960s", "années 1960", "1960er". */
function decade(start: string, timeZone: string): string {
	return fill(t().dates.decade, { year: formatDatePart(start, timeZone) });
}

/** A date at its own precision, its span (if it is one) written by `span`. */
function formatDate(
	when: DateFields,
	span: (when: DateFields, qualified: Qualified) => string
): string {
	const { before, after } = qualifierMarks(when);
	const qualified = (text: string) => `${before}${text}${after}`;
	if (when.modifier === 'before') {
		// A deadline counts from the publication day; what is said is its end.
		const end =
			when.precision === 'decade'
				? decade(when.start, when.timeZone)
				: formatDatePart(when.end, when.timeZone);
		return fill(t().dates.by, { date: qualified(end) });
	}
	if (when.precision === 'span' && !when.modifier) return span(when, qualified);
	let text: string;
	if (when.precision === 'decade') text = decade(when.start, when.timeZone);
	else if (when.precision === 'span') text = formatSpanEnds(when).join(' – ');
	else text = formatDatePart(when.start, when.timeZone);
	return when.modifier === 'after'
		? fill(t().dates.after, { date: qualified(text) })
		: qualified(text);
}

/**
 * The resolved date as a reader sees it, at its own precision: "Fri 28 Feb 2025",
 * "April 1970", "1960s", "c. 1815", "1815?", "by 2027", "after 1985"; a span by its extent,
 * "some day between Mon 24 and Wed 26 Feb 2025", "from July 1943 to 1946" (see `spanWords`).
 */
export function formatResolvedDate(when: DateFields): string {
	return formatDate(when, (span) => {
		const { before, after } = qualifierMarks(span);
		const words = spanWords(span);
		return `${words.lead} ${before}${words.start} ${words.joiner} ${words.end}${after}`;
	});
}

/**
 * As `formatResolvedDate`, but a span as the calendar range it covers, whatever happened in
 * it: "1815 – 1985", "Mon 24 Feb 2025 – Sun 2 Mar 2025" (what a whole story covers).
 */
export function formatDateRange(when: DateFields): string {
	return formatDate(when, (span, qualified) => qualified(formatSpanEnds(span).join(' – ')));
}

/** How a date is known, in a word: "Stated". */
export function basisLabel(basis: DateBasis): string {
	return t().basis[basis];
}

/** How a date is known, in a sentence. */
export function basisExplanation(basis: DateBasis): string {
	return t().basis[`${basis}Why`];
}

/** The zone's friendly city name: `America/New_York` → "New York". */
export function zoneCity(timeZone: string): string {
	return (timeZone.split('/').pop() ?? timeZone).replaceAll('_', ' ');
}

const utcNames = new Set(['UTC', 'Etc/UTC', 'Etc/GMT', 'GMT', 'Etc/Universal', 'Etc/Zulu']);

/** A zone in words: "UTC" (a clock, not a place), or "London time". */
export function zoneWords(timeZone: string): string {
	return utcNames.has(timeZone) ? 'UTC' : fill(t().dates.cityTime, { city: zoneCity(timeZone) });
}

/** The line that says what the timeline counts in: "Times in UTC", "Times in London time (Europe/London)". */
export function zoneLine(timeZone: string): string {
	const line = fill(t().timeline.zoneLine, { zone: zoneWords(timeZone) });
	return utcNames.has(timeZone) ? line : `${line} (${timeZone})`;
}

/**
 * The zone said beside a date, or null for a date coarser than a day ("1952", "April
 * 1970"), which no zone changes: a day or a time is counted in the zone of the event.
 */
export function dateZone(when: Pick<ResolvedDate, 'start' | 'end' | 'timeZone'>): string | null {
	const dayOrFiner = (iso: string) => /^[+-]?\d+-\d\d-\d\d/.test(iso);
	return dayOrFiner(when.start) || dayOrFiner(when.end) ? zoneWords(when.timeZone) : null;
}

/** One line for an accessible name or a tooltip: words as written, resolved date, basis. */
export function describeWhen(when: ResolvedWhen): string {
	const words = when.text ? `${fill(t().dates.quoted, { text: when.text })}, ` : '';
	return `${words}${formatResolvedDate(when)} (${basisLabel(when.basis).toLocaleLowerCase()})`;
}
