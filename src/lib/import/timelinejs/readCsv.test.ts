import { describe, expect, it } from 'vitest';
import { readTimelineCsv } from './readCsv';

const HEAD = 'Year,Month,Day,Headline,Text,Type';
const read = (...rows: string[]) => readTimelineCsv([HEAD, ...rows].join('\n'), 'sheet.csv');
const issuesOf = (result: ReturnType<typeof read>) => (result.ok ? [] : result.issues);

describe('readTimelineCsv: what a sheet gets wrong', () => {
	it('names the row of a quote that never closes, instead of merging the rest into one headline', () => {
		const result = read(
			'1943,7,,ENIAC,Built.,',
			'1952,,,"The compiler,Written.,',
			'1960,,,COBOL,Out.,'
		);
		expect(issuesOf(result)).toEqual([
			{
				file: 'sheet.csv',
				field: 'row 3',
				message:
					'A quote (") opened in this row is never closed, so the rest of the sheet would run into one cell',
				says: { key: 'tljsUnclosedQuote' }
			}
		]);
	});

	it('reads quotes that do close: doubled ones, line breaks in a cell, a quote mid-cell', () => {
		const result = read(
			'1943,7,,"ENIAC, ""the giant brain""","Built.\nIn Philadelphia.",',
			'1952,,,A 5" disk,Written.,'
		);
		expect(result.ok && result.timeline.events.map((e) => e.where)).toEqual(['row 2', 'row 3']);
	});

	it('names a column that appears twice', () => {
		const result = readTimelineCsv(
			'Year,Headline,Text,Text\n1943,ENIAC,Built.,Again.',
			'sheet.csv'
		);
		expect(issuesOf(result)).toEqual([
			expect.objectContaining({
				field: 'row 1',
				message: expect.stringMatching(/^The column "Text" appears more than once/)
			})
		]);
	});

	it('names a second title row', () => {
		const result = read(
			',,,A title,Words.,title',
			'1943,7,,ENIAC,Built.,',
			',,,Another title,More.,title'
		);
		expect(issuesOf(result)).toEqual([
			{
				file: 'sheet.csv',
				field: 'row 4, Type',
				message: 'A second title row (the title is row 2): make this one an event or remove it',
				says: { key: 'tljsSecondTitle', values: { row: '2' } }
			}
		]);
	});
});
