import { basisExplanation, basisLabel, formatResolvedDate } from '$lib/format/when';
import { t } from '$lib/i18n/active';
import type { ExportWords } from '$lib/i18n/exportWords';
import type { ResolvedEvent, ResolvedStory } from '$lib/story/types';

/**
 * A story's events as an iCalendar file (RFC 5545), for a reader's calendar. Written by hand:
 * the rules are few, and each is kept here.
 *
 * - No invented precision: a date of days, months, years or decades is an all-day event over
 *   the days it covers (`DTSTART;VALUE=DATE`, `DTEND;VALUE=DATE` the day after its last day,
 *   as RFC 5545 counts an end); a time of day or a span between times is written in UTC.
 * - An event that happened some time within a range (extent `within`), rather than lasting
 *   throughout it, is written as the range, and its description says so; so is a date that
 *   is inferred or editorial.
 * - Text is escaped (backslash, semicolon, comma, newline), lines end in CRLF and are folded
 *   at 75 octets of UTF-8, never inside a character.
 *
 * A calendar cannot write a year before 1 or after 9999: such events are left out and named
 * in `omitted`. One pass over the events.
 */
export interface CalendarFile {
	text: string;
	/** Ids of the events a calendar cannot hold (years outside 1 to 9999). */
	omitted: string[];
}

/** An all-day range (`YYYYMMDD`, end exclusive) or UTC date-times (`YYYYMMDDTHHMMSSZ`). */
type Times =
	| { allDay: true; start: string; end: string }
	| { allDay: false; start: string; end: string | null };

const CALENDAR_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A calendar value's first day (`2025-02` → 2025-02-01), or its day after the last. */
function dayOf(iso: string, after: boolean): Date | null {
	const match = CALENDAR_DATE.exec(iso);
	if (!match) return null;
	const [, y, m, d] = match;
	const year = Number(y);
	const date = new Date(Date.UTC(2000, m ? Number(m) - 1 : 0, d ? Number(d) : 1));
	date.setUTCFullYear(year);
	if (after) {
		if (d) date.setUTCDate(date.getUTCDate() + 1);
		else if (m) date.setUTCMonth(date.getUTCMonth() + 1);
		else date.setUTCFullYear(year + 1);
	}
	return date;
}

const two = (n: number) => String(n).padStart(2, '0');

function dateValue(date: Date): string | null {
	const year = date.getUTCFullYear();
	if (year < 1 || year > 9999) return null;
	return `${String(year).padStart(4, '0')}${two(date.getUTCMonth() + 1)}${two(date.getUTCDate())}`;
}

function utcValue(iso: string): string | null {
	const date = new Date(iso);
	const day = Number.isNaN(date.getTime()) ? null : dateValue(date);
	if (day === null) return null;
	return `${day}T${two(date.getUTCHours())}${two(date.getUTCMinutes())}${two(date.getUTCSeconds())}Z`;
}

/** What the event's date is written as, or null where a calendar cannot write it. */
function timesOf(when: ResolvedEvent['when']): Times | null {
	// A decade's end is its last year already (`1960`–`1969`): one year on from it.
	if (!when.start.includes('T') && !when.end.includes('T')) {
		const first = dayOf(when.start, false);
		const last = dayOf(when.end, true);
		const start = first && dateValue(first);
		const end = last && dateValue(last);
		return start && end ? { allDay: true, start, end } : null;
	}
	const start = utcValue(when.startsAt);
	if (!start) return null;
	// A single instant stays one: a time, not a made-up length.
	if (when.start === when.end) return { allDay: false, start, end: null };
	const end = utcValue(when.endsAt);
	return end ? { allDay: false, start, end } : null;
}

/** TEXT as RFC 5545 writes it (3.3.11). */
export function escapeText(text: string): string {
	return text
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\r\n|\r|\n/g, '\\n');
}

/** The octets of a code point in UTF-8. */
const octetsOf = (codePoint: number) =>
	codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;

/** One content line folded at 75 octets (3.1): each further line starts with a space. */
export function foldLine(line: string): string {
	// No character takes more than 3 octets per UTF-16 unit.
	if (line.length * 3 <= 75) return line;
	const parts: string[] = [];
	let from = 0;
	let octets = 0;
	for (let i = 0; i < line.length;) {
		const codePoint = line.codePointAt(i)!;
		const units = codePoint > 0xffff ? 2 : 1;
		const size = octetsOf(codePoint);
		// The space that starts a continuation counts in its line's 75.
		const room = parts.length === 0 ? 75 : 74;
		if (octets + size > room) {
			parts.push(line.slice(from, i));
			from = i;
			octets = 0;
		}
		octets += size;
		i += units;
	}
	parts.push(line.slice(from));
	return parts.join('\r\n ');
}

/** Why the date is as it is, in the reader's words: its extent and how it is known. */
function dateNotes(when: ResolvedEvent['when'], times: Times, words: ExportWords): string[] {
	const notes = [`${t().details.when}: ${formatResolvedDate(when)}`];
	const range = times.allDay ? when.start !== when.end || when.precision !== 'day' : !!times.end;
	if (when.extent === 'within' && range) notes.push(words.within);
	if (when.basis !== 'stated') {
		const note = when.note ? ` ${when.note}` : '';
		notes.push(`${basisLabel(when.basis)}: ${basisExplanation(when.basis)}${note}`);
	}
	return notes;
}

type Sources = ReadonlyMap<string, ResolvedStory['sources'][number]>;

function eventLines(
	event: ResolvedEvent,
	story: ResolvedStory,
	sources: Sources,
	stamp: string,
	words: ExportWords
): string[] | null {
	const times = timesOf(event.when);
	if (!times) return null;
	const quotes = event.excerpts.map((e) => {
		const source = sources.get(e.source);
		return `“${e.exact}” (${[source?.publisher, source?.url].filter(Boolean).join(', ')})`;
	});
	const description = [event.summary, ...dateNotes(event.when, times, words), ...quotes].join('\n');
	const lines = [
		'BEGIN:VEVENT',
		`UID:${escapeText(`${event.id}@${story.id}.sourceline`)}`,
		`DTSTAMP:${stamp}`,
		times.allDay ? `DTSTART;VALUE=DATE:${times.start}` : `DTSTART:${times.start}`
	];
	if (times.end) lines.push(times.allDay ? `DTEND;VALUE=DATE:${times.end}` : `DTEND:${times.end}`);
	lines.push(`SUMMARY:${escapeText(event.title)}`, `DESCRIPTION:${escapeText(description)}`);
	if (event.place) lines.push(`LOCATION:${escapeText(event.place.name)}`);
	const url = sources.get(event.excerpts[0]?.source ?? '')?.url;
	if (url) lines.push(`URL:${url}`);
	lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
	return lines;
}

/** The story as an iCalendar file; `now` is the moment of export (DTSTAMP). */
export function storyToICalendar(
	story: ResolvedStory,
	now: Date,
	words: ExportWords
): CalendarFile {
	const stamp = utcValue(now.toISOString())!;
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//Sourceline//Story export//EN',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${escapeText(story.title)}`
	];
	const omitted: string[] = [];
	// Once per story: an article may be the source of many of its events.
	const sources: Sources = new Map(story.sources.map((s) => [s.id, s]));
	for (const event of story.events) {
		const written = eventLines(event, story, sources, stamp, words);
		if (written) lines.push(...written);
		else omitted.push(event.id);
	}
	lines.push('END:VCALENDAR');
	return { text: `${lines.map(foldLine).join('\r\n')}\r\n`, omitted };
}
