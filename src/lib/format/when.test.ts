import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ResolvedDate } from '$lib/story/types';
import { dateZone, formatDateRange, formatResolvedDate, zoneLine, zoneWords } from './when';

/** A date of a row; `extent` is `within` unless it says otherwise. */
type Fields = Pick<ResolvedDate, 'start' | 'end' | 'precision' | 'modifier' | 'qualifier'> & {
	timeZone?: string;
	extent?: ResolvedDate['extent'];
};

const rows: { when: Fields; text: string }[] = [
	{ when: { start: '2025-02-28', end: '2025-02-28', precision: 'day' }, text: 'Fri 28 Feb 2025' },
	// A single unit keeps its plain name, whatever its extent.
	{
		when: { start: '2025-02-28', end: '2025-02-28', precision: 'day', extent: 'throughout' },
		text: 'Fri 28 Feb 2025'
	},
	{ when: { start: '2019', end: '2019', precision: 'year' }, text: '2019' },
	// A span: some time within it, or lasting throughout it; what the ends share is said once.
	{
		when: { start: '2025-02-24', end: '2025-02-26', precision: 'span' },
		text: 'some day between Mon 24 and Wed 26 Feb 2025'
	},
	{
		when: { start: '2025-02-24', end: '2025-02-26', precision: 'span', extent: 'throughout' },
		text: 'from Mon 24 to Wed 26 Feb 2025'
	},
	{
		when: { start: '2025-02-28', end: '2025-03-03', precision: 'span' },
		text: 'some day between Fri 28 Feb and Mon 3 Mar 2025'
	},
	{
		when: { start: '2024-12-30', end: '2025-01-02', precision: 'span', extent: 'throughout' },
		text: 'from Mon 30 Dec 2024 to Thu 2 Jan 2025'
	},
	{
		when: { start: '1943-07', end: '1943-09', precision: 'span' },
		text: 'some month between July and September 1943'
	},
	{
		when: { start: '1943-07', end: '1944-02', precision: 'span', extent: 'throughout' },
		text: 'from July 1943 to February 1944'
	},
	{ when: { start: '1970-04', end: '1970-04', precision: 'month' }, text: 'April 1970' },
	{ when: { start: '1973', end: '1973', precision: 'year' }, text: '1973' },
	{ when: { start: '1960', end: '1969', precision: 'decade' }, text: '1960s' },
	{
		when: { start: '1943', end: '1946', precision: 'span', extent: 'throughout' },
		text: 'from 1943 to 1946'
	},
	{
		when: { start: '1943', end: '1946', precision: 'span' },
		text: 'some year between 1943 and 1946'
	},
	{
		when: { start: '1943-07', end: '1946', precision: 'span', extent: 'throughout' },
		text: 'from July 1943 to 1946'
	},
	{
		when: { start: '1943-07', end: '1946', precision: 'span' },
		text: 'some time between July 1943 and 1946'
	},
	{
		when: { start: '1900', end: '1999', precision: 'span' },
		text: 'some year between 1900 and 1999'
	},
	{
		when: { start: '1815', end: '1815', precision: 'year', qualifier: 'approximate' },
		text: 'c. 1815'
	},
	{
		when: { start: '1815', end: '1815', precision: 'year', qualifier: 'uncertain' },
		text: '1815?'
	},
	{
		when: {
			start: '1815-06',
			end: '1815-06',
			precision: 'month',
			qualifier: 'uncertain-approximate'
		},
		text: 'c. June 1815?'
	},
	{
		when: {
			start: '1984',
			end: '2004-06',
			precision: 'span',
			qualifier: 'approximate',
			extent: 'throughout'
		},
		text: 'from c. 1984 to June 2004'
	},
	{
		when: { start: '1984', end: '1989', precision: 'span', qualifier: 'uncertain' },
		text: 'some year between 1984 and 1989?'
	},
	{
		when: { start: '1985', end: '1985', precision: 'year', modifier: 'after' },
		text: 'after 1985'
	},
	{
		when: { start: '1985', end: '1985', precision: 'year', modifier: 'before' },
		text: 'by 1985'
	},
	{
		when: { start: '2025-02-27', end: '2027-12-31', precision: 'span', modifier: 'before' },
		text: 'by Fri 31 Dec 2027'
	},
	{
		when: { start: '1960', end: '1969', precision: 'decade', modifier: 'before' },
		text: 'by 1960s'
	},
	{
		when: {
			start: '2025-02-27T09:30:00-05:00',
			end: '2025-02-27T09:30:00-05:00',
			precision: 'instant',
			timeZone: 'America/New_York'
		},
		text: 'Thu 27 Feb 2025 09:30 GMT-5'
	},
	{
		when: {
			start: '2024-01-02T14:51:00+00:00',
			end: '2024-01-03T10:00:00+00:00',
			precision: 'span',
			extent: 'throughout'
		},
		text: 'from Tue 2 Jan 2024 14:51 to Wed 3 Jan 2024 10:00 GMT'
	},
	{
		when: {
			start: '2024-01-02T14:51:00+00:00',
			end: '2024-01-03T10:00:00+00:00',
			precision: 'span'
		},
		text: 'some time between Tue 2 Jan 2024 14:51 and Wed 3 Jan 2024 10:00 GMT'
	},
	{
		// Across a change of clocks, each end says its own zone name.
		when: {
			start: '2024-03-30T12:00:00+00:00',
			end: '2024-03-31T12:00:00+01:00',
			precision: 'span',
			extent: 'throughout'
		},
		text: 'from Sat 30 Mar 2024 12:00 GMT to Sun 31 Mar 2024 12:00 BST'
	},
	{
		when: {
			start: '2024-01-02T14:51:00+00:00',
			end: '2024-01-03',
			precision: 'span',
			extent: 'throughout'
		},
		text: 'from Tue 2 Jan 2024 14:51 GMT to Wed 3 Jan 2024'
	}
];

describe('formatResolvedDate', () => {
	it.each(rows)('$text', ({ when, text }) => {
		expect(formatResolvedDate({ timeZone: 'Europe/London', extent: 'within', ...when })).toBe(text);
	});
});

describe('formatDateRange', () => {
	it.each([
		[{ start: '2025-02-24', end: '2025-03-02' }, 'Mon 24 Feb 2025 – Sun 2 Mar 2025'],
		[{ start: '1815', end: '1985' }, '1815 – 1985'],
		[{ start: '1984', end: '2004-06', qualifier: 'approximate' as const }, 'c. 1984 – June 2004']
	])('%o: %s', (when, text) => {
		const fields = { precision: 'span', extent: 'within', timeZone: 'UTC', ...when } as const;
		expect(formatDateRange(fields)).toBe(text);
	});
});

describe('formatResolvedDate’s formatters', () => {
	afterEach(() => vi.restoreAllMocks());

	it('builds one formatter per zone and option set, however many instants it names', () => {
		const Original = Intl.DateTimeFormat;
		const built = vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(function (
			...args: ConstructorParameters<typeof Original>
		) {
			return new Original(...args);
		} as typeof Original);
		const at = (minute: number) => `2024-01-02T14:${String(minute).padStart(2, '0')}:00+05:45`;
		const texts: string[] = [];
		for (let minute = 0; minute < 50; minute++) {
			const instant = { start: at(minute), end: at(minute), precision: 'instant' } as const;
			const span = {
				start: at(minute),
				end: at(minute + 1),
				precision: 'span',
				extent: 'throughout'
			} as const;
			texts.push(formatResolvedDate({ ...instant, extent: 'within', timeZone: 'Asia/Kathmandu' }));
			texts.push(formatResolvedDate({ ...span, timeZone: 'Asia/Kathmandu' }));
		}
		// With the zone's name, and without it (the start of a span in one zone).
		expect(built).toHaveBeenCalledTimes(2);
		expect(texts[0]).toBe('Tue 2 Jan 2024 14:00 GMT+5:45');
		expect(texts[1]).toBe('from Tue 2 Jan 2024 14:00 to Tue 2 Jan 2024 14:01 GMT+5:45');
	});
});

describe('zone words', () => {
	it.each([
		{ zone: 'UTC', words: 'UTC', line: 'Times in UTC' },
		{ zone: 'Etc/UTC', words: 'UTC', line: 'Times in UTC' },
		{
			zone: 'Europe/London',
			words: 'London time',
			line: 'Times in London time (Europe/London)'
		},
		{
			zone: 'America/New_York',
			words: 'New York time',
			line: 'Times in New York time (America/New_York)'
		}
	])('$zone: “$line”', ({ zone, words, line }) => {
		expect(zoneWords(zone)).toBe(words);
		expect(zoneLine(zone)).toBe(line);
	});

	it.each([
		{ name: 'a year', start: '1952', end: '1952', zone: null },
		{ name: 'a month', start: '1970-04', end: '1970-04', zone: null },
		{ name: 'years', start: '1943-07', end: '1946', zone: null },
		{ name: 'a day', start: '2025-02-28', end: '2025-02-28', zone: 'London time' },
		{ name: 'a day to a year', start: '2025-02-28', end: '2026', zone: 'London time' },
		{
			name: 'a time',
			start: '2025-02-28T09:30:00Z',
			end: '2025-02-28T09:30:00Z',
			zone: 'London time'
		}
	])('beside $name: $zone', ({ start, end, zone }) => {
		expect(dateZone({ start, end, timeZone: 'Europe/London' })).toBe(zone);
	});

	it('no “UTC time” beside a day in UTC', () => {
		expect(dateZone({ start: '2025-02-28', end: '2025-02-28', timeZone: 'UTC' })).toBe('UTC');
	});
});
