import { describe, expect, it } from 'vitest';
import type { WhenInput } from '$lib/story/storyInput';
import { loadTestStory, testEvent, testStory } from '$lib/story/testing';
import { exportWords } from '$lib/i18n/exporting/en';
import { escapeText, foldLine, storyToICalendar } from './icalendar';

const NOW = new Date('2026-01-02T03:04:05Z');

/** An editorial date, written as EDTF. */
const editorial = (expression: string, extent?: WhenInput['extent']): WhenInput => ({
	text: null,
	basis: 'editorial',
	expression,
	note: 'From the archive.',
	...(extent ? { extent } : {})
});

function calendarOf(...events: ReturnType<typeof testEvent>[]) {
	return storyToICalendar(loadTestStory(testStory({ events })), NOW, exportWords);
}

/** The calendar read back: lines unfolded (RFC 5545 3.1), then one record per VEVENT. */
function parse(text: string): Record<string, string>[] {
	expect(text.endsWith('\r\n')).toBe(true);
	expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
	const lines = text.replace(/\r\n /g, '').split('\r\n').slice(0, -1);
	expect(lines[0]).toBe('BEGIN:VCALENDAR');
	expect(lines.at(-1)).toBe('END:VCALENDAR');
	const events: Record<string, string>[] = [];
	let current: Record<string, string> | null = null;
	for (const line of lines) {
		if (line === 'BEGIN:VEVENT') current = {};
		else if (line === 'END:VEVENT') {
			events.push(current!);
			current = null;
		} else if (current) {
			const colon = line.indexOf(':');
			current[line.slice(0, colon)] = line.slice(colon + 1);
		}
	}
	return events;
}

/** TEXT unescaped. */
const unescape = (value: string) =>
	value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

describe('storyToICalendar', () => {
	it('writes a day as an all-day event, its end the day after', () => {
		const [event] = parse(calendarOf(testEvent('flight')).text);
		// "on Tuesday" in a source of Thursday 27 February 2025.
		expect(event!['DTSTART;VALUE=DATE']).toBe('20250225');
		expect(event!['DTEND;VALUE=DATE']).toBe('20250226');
		expect(event!.UID).toBe('flight@test-story.sourceline');
		expect(event!.DTSTAMP).toBe('20260102T030405Z');
		expect(event!.SUMMARY).toBe('flight');
		expect(unescape(event!.DESCRIPTION!)).not.toContain('Some time within');
	});

	it('writes a month as the whole month, and says it fell some time within it', () => {
		const [event] = parse(calendarOf(testEvent('m', { when: editorial('2024-02') })).text);
		expect(event!['DTSTART;VALUE=DATE']).toBe('20240201');
		expect(event!['DTEND;VALUE=DATE']).toBe('20240301');
		expect(unescape(event!.DESCRIPTION!)).toContain(
			'Some time within these dates, not lasting throughout.'
		);
	});

	it('writes a year and a decade over their days', () => {
		const events = parse(
			calendarOf(
				testEvent('y', { when: editorial('1952') }),
				testEvent('d', { when: editorial('196X') })
			).text
		);
		const byId = new Map(events.map((e) => [e.UID!.split('@')[0], e]));
		expect(byId.get('y')!['DTSTART;VALUE=DATE']).toBe('19520101');
		expect(byId.get('y')!['DTEND;VALUE=DATE']).toBe('19530101');
		expect(byId.get('d')!['DTSTART;VALUE=DATE']).toBe('19600101');
		expect(byId.get('d')!['DTEND;VALUE=DATE']).toBe('19700101');
	});

	it('tells a range it fell within from one it lasted throughout', () => {
		const events = parse(
			calendarOf(
				testEvent('within', { when: editorial('[2025-02-24..2025-02-26]') }),
				testEvent('throughout', { when: editorial('2025-02-24/2025-02-26') })
			).text
		);
		const byId = new Map(events.map((e) => [e.UID!.split('@')[0], e]));
		for (const id of ['within', 'throughout']) {
			expect(byId.get(id)!['DTSTART;VALUE=DATE']).toBe('20250224');
			expect(byId.get(id)!['DTEND;VALUE=DATE']).toBe('20250227');
		}
		expect(unescape(byId.get('within')!.DESCRIPTION!)).toContain('Some time within');
		expect(unescape(byId.get('throughout')!.DESCRIPTION!)).not.toContain('Some time within');
	});

	it('writes a time of day in UTC, with no made-up length', () => {
		const [event] = parse(
			calendarOf(testEvent('t', { when: editorial('2025-02-27T09:30:00-05:00') })).text
		);
		expect(event!.DTSTART).toBe('20250227T143000Z');
		expect(event!.DTEND).toBeUndefined();
		expect(event!['DTSTART;VALUE=DATE']).toBeUndefined();
	});

	it('says in the description that a date is editorial or inferred, with its note', () => {
		const [event] = parse(calendarOf(testEvent('e', { when: editorial('2024-02-03') })).text);
		const description = unescape(event!.DESCRIPTION!);
		expect(description).toContain('Editorial: Not in the source; added from outside knowledge.');
		expect(description).toContain('From the archive.');
		expect(description.split('\n')[0]).toBe('The e.');
	});

	it('escapes text and folds long lines at 75 octets, never inside a character', () => {
		const title = 'Talks; then a vote, at last \\ “Ünïcødé” '.repeat(4);
		const { text } = calendarOf(testEvent('long', { title, summary: 'Line one\nline two' }));
		for (const line of text.split('\r\n'))
			expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
		expect(text).not.toContain('\uFFFD');
		const [event] = parse(text);
		expect(event!.SUMMARY).toBe(escapeText(title));
		expect(unescape(event!.SUMMARY!)).toBe(title);
		expect(event!.DESCRIPTION).toContain('Line one\\nline two');
	});

	it('leaves out a year no calendar can write, and names it', () => {
		const result = calendarOf(
			testEvent('ok'),
			testEvent('rome', { when: editorial('-0043-03-15') })
		);
		expect(parse(result.text)).toHaveLength(1);
		expect(result.omitted).toEqual(['rome']);
	});
});

describe('escapeText and foldLine', () => {
	it('escapes backslashes, semicolons, commas and newlines', () => {
		expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
	});

	it('leaves a line of 75 octets whole and folds a longer one', () => {
		expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
		expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
		const folded = foldLine('é'.repeat(60));
		for (const line of folded.split('\r\n'))
			expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
		expect(folded.replace(/\r\n /g, '')).toBe('é'.repeat(60));
	});
});
