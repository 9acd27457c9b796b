import { describe, expect, it } from 'vitest';
import { whenOf } from './when';

const NOTE = 'Date from the file’s fields';

describe('whenOf: a TimelineJS date is stated by the file, whatever its display date', () => {
	it.each([
		{
			name: 'a full day from the date columns, no display date',
			date: { displayDate: '', expression: '1843-07-14' },
			when: { text: '1843-07-14', expression: '1843-07-14' },
			note: /the date words are those fields, written out/
		},
		{
			name: 'a BCE day, in words: EDTF counts a year 0',
			date: { displayDate: '', expression: '-0043-03-15' },
			when: { text: 'Fri 15 Mar 44 BC', expression: '-0043-03-15' },
			note: /written out/
		},
		{
			name: 'a span from BCE to the common era',
			date: { displayDate: '', expression: '-0752/0476' },
			when: { text: '753 BC – 476', expression: '-0752/0476' },
			note: /written out/
		},
		{
			name: 'an early year, as a reader writes it',
			date: { displayDate: '', expression: '0476' },
			when: { text: '476', expression: '0476' },
			note: /written out/
		},
		{
			name: 'deep time',
			date: { displayDate: '', expression: 'Y-169999' },
			when: { text: '170,000 BC', expression: 'Y-169999' },
			note: /written out/
		},
		{
			name: 'a year alone',
			date: { displayDate: '', expression: '1952' },
			when: { text: '1952', expression: '1952' },
			note: /written out/
		},
		{
			name: 'a span',
			date: { displayDate: '', expression: '1943-07/1946' },
			when: { text: '1943-07/1946', expression: '1943-07/1946' },
			note: /written out/
		},
		{
			name: 'a display date vaguer than the columns: its words, the columns’ precision',
			date: { displayDate: 'July 1843', expression: '1843-07-14' },
			when: { text: 'July 1843', expression: '1843-07-14' },
			note: /the date words are its Display Date$/
		},
		{
			name: 'a display date that is not a date at all',
			date: { displayDate: 'Thursday morning', expression: '2025-02-27T09:30Z' },
			when: { text: 'Thursday morning', expression: '2025-02-27T09:30Z' },
			note: /its Display Date$/
		}
	])('$name', ({ date, when, note }) => {
		const result = whenOf(date, NOTE, 'Display Date');
		expect(result).toEqual({
			...when,
			basis: 'stated',
			source: 'timeline',
			note: expect.stringMatching(note)
		});
		expect(result.note!.startsWith(`${NOTE}; `)).toBe(true);
	});
});
