import { csvParseRows } from 'd3';
import { words } from '../../story/said';
import type { StoryIssue } from '../../story/types';
import { said } from './importSaid';
import type { ReadResult } from './readJson';
import type { Slide } from './timeline';

/** TimelineJS's published spreadsheet columns, by the JSON field each fills. */
const COLUMNS: Record<string, string> = {
	'start_date.year': 'Year',
	'start_date.month': 'Month',
	'start_date.day': 'Day',
	'start_date.hour': 'Time',
	'start_date.minute': 'Time',
	'start_date.second': 'Time',
	'start_date.millisecond': 'Time',
	'end_date.year': 'End Year',
	'end_date.month': 'End Month',
	'end_date.day': 'End Day',
	'end_date.hour': 'End Time',
	'end_date.minute': 'End Time',
	'end_date.second': 'End Time',
	'end_date.millisecond': 'End Time',
	start_date: 'Year',
	end_date: 'End Year',
	display_date: 'Display Date',
	'text.headline': 'Headline',
	'text.text': 'Text',
	media: 'Media',
	'media.url': 'Media',
	'media.credit': 'Media Credit',
	'media.caption': 'Media Caption',
	'media.alt': 'Alt Text',
	group: 'Group',
	text: 'Headline'
};
const REQUIRED = ['Year', 'Headline', 'Text'];

/**
 * A TimelineJS spreadsheet exported as CSV (its published column headings: Year, Month, Day,
 * Time, End Year, …, Headline, Text, Media, …, Type, Group, Background). The row with Type
 * `title` is the title slide, rows with Type `era` are eras. Rows are named as a spreadsheet
 * numbers them: the headings are row 1.
 */
export function readTimelineCsv(csv: string, file: string): ReadResult {
	const text = csv.replace(/^\uFEFF/, '');
	const unclosed = unclosedQuoteRow(text);
	if (unclosed !== null)
		return {
			ok: false,
			issues: [{ file, field: `row ${unclosed}`, ...said('tljsUnclosedQuote') }]
		};
	const rows = rowsOf(text);
	const twice = rows.columns.filter((c, i) => c.trim() !== '' && rows.columns.indexOf(c) !== i);
	if (twice.length > 0) {
		const columns = quoted([...new Set(twice)]);
		return {
			ok: false,
			issues: [{ file, field: 'row 1', ...said('tljsColumnTwice', { columns }) }]
		};
	}
	const missing = REQUIRED.filter((column) => !rows.columns.includes(column));
	if (missing.length > 0) {
		const found = quoted(rows.columns) || words('tljsNoColumns');
		const problem = said('tljsNotSheet', { missing: quoted(missing), found });
		return { ok: false, issues: [{ file, field: 'row 1', ...problem }] };
	}

	const issues: StoryIssue[] = [];
	let title: Slide | null = null;
	let titleRow = 0;
	const events: Slide[] = [];
	const eras: Slide[] = [];
	rows.forEach((row, i) => {
		const where = `row ${i + 2}`;
		const cell = (column: string) => (row[column] ?? '').trim();
		if (Object.values(row).every((value) => (value ?? '').trim() === '')) return;
		const type = cell('Type').toLowerCase();
		const start = dateFrom(cell('Year'), cell('Month'), cell('Day'), cell('Time'));
		const end = dateFrom(cell('End Year'), cell('End Month'), cell('End Day'), cell('End Time'));
		for (const [time, column] of [
			[start, 'Time'],
			[end, 'End Time']
		] as const)
			if (time === 'bad-time')
				issues.push({
					file,
					field: `${where}, ${column}`,
					...said('tljsNotTime', { value: cell(column) })
				});
		if (start === 'bad-time' || end === 'bad-time') return;
		const data: Record<string, unknown> = {
			text: { headline: cell('Headline'), text: cell('Text') },
			display_date: cell('Display Date'),
			group: cell('Group') || cell('Tag'),
			media: {
				url: cell('Media'),
				credit: cell('Media Credit'),
				caption: cell('Media Caption'),
				alt: cell('Alt Text')
			}
		};
		if (start) data.start_date = start;
		if (end) data.end_date = end;
		const slide = { data, where };
		if (type === 'title' && title)
			issues.push({
				file,
				field: `${where}, Type`,
				...said('tljsSecondTitle', { row: String(titleRow) })
			});
		else if (type === 'title') [title, titleRow] = [slide, i + 2];
		else if (type === 'era') eras.push(slide);
		else events.push(slide);
	});
	if (issues.length > 0) return { ok: false, issues };
	return {
		ok: true,
		timeline: {
			title,
			events,
			eras,
			fieldName: (path) => COLUMNS[path] ?? path,
			dateNote:
				'Date from the TimelineJS spreadsheet’s Year, Month, Day and Time columns (End … for the end)'
		}
	};
}

/** Column headings as a problem names them: `"Year", "Headline"`. */
function quoted(columns: string[]): string {
	return columns.map((c) => `"${c}"`).join(', ');
}

/**
 * The row (counted as a spreadsheet counts them) where a quoted cell opens and never
 * closes, or null. As in d3's reader, a quote opens a cell only at its start, and a doubled
 * quote inside one is a quote character.
 */
function unclosedQuoteRow(csv: string): number | null {
	let row = 1;
	let openedAt: number | null = null;
	for (let i = 0; i < csv.length; i++) {
		const c = csv[i];
		if (openedAt !== null) {
			if (c !== '"') continue;
			if (csv[i + 1] === '"') i++;
			else openedAt = null;
		} else if (c === '"' && (i === 0 || /[,\r\n]/.test(csv[i - 1]!))) openedAt = row;
		else if (c === '\n') row++;
	}
	return openedAt;
}

type Cells = Record<string, string>;

/** A date's cells as TimelineJS JSON; undefined without a year, `bad-time` for a bad time. */
function dateFrom(
	year: string,
	month: string,
	day: string,
	time: string
): Cells | undefined | 'bad-time' {
	if (year === '' && month === '' && day === '' && time === '') return undefined;
	const date: Cells = { year, month, day };
	if (time === '') return date;
	const parsed = parseTime(time);
	return parsed ? { ...date, ...parsed } : 'bad-time';
}

/**
 * A spreadsheet time as TimelineJS reads it: `14:30`, `1430`, `2:30 PM`, `14:30:15`,
 * `14:30:15.250`. Only the parts written are returned, so no precision is added.
 */
export function parseTime(time: string): Cells | null {
	const match =
		/^(\d{1,2})(?:[:.]?(\d{2})(?::(\d{2})(?:[.,](\d{1,3}))?)?)?\s*(?:([ap])\.?\s*m\.?)?$/i.exec(
			time.trim()
		);
	if (!match) return null;
	const [, h, minute, second, fraction, period] = match;
	let hour = Number(h);
	if (period) {
		if (hour < 1 || hour > 12) return null;
		hour = (hour % 12) + (period.toLowerCase() === 'p' ? 12 : 0);
	}
	const cells: Cells = { hour: String(hour) };
	if (minute !== undefined) cells.minute = minute;
	if (second !== undefined) cells.second = second;
	if (fraction !== undefined) cells.millisecond = String(Number(fraction.padEnd(3, '0')));
	return cells;
}

/**
 * The rows as objects by heading, as d3's `csvParse` gives them, without its compiled row
 * function: a page's Content Security Policy (no `unsafe-eval`) would refuse that.
 */
function rowsOf(csv: string): Record<string, string>[] & { columns: string[] } {
	const [columns = [], ...cells] = csvParseRows(csv);
	const rows = cells.map((row) =>
		Object.fromEntries(columns.map((column, i) => [column, row[i] ?? '']))
	);
	return Object.assign(rows, { columns });
}
