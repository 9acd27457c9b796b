import { by, day, FRI, LONDON, month, row, span, year, type NewsWordsRow } from './newsWords.rows';

/**
 * More hand-written news sentences, for the calendar words besides dates (decades, holidays,
 * the year a report is about) and written ranges joined by a dash; read as in
 * newsWords.rows.ts, against a Friday's publication in New York unless a row says otherwise.
 */
export const CALENDAR_WORDS: NewsWordsRow[] = [
	row('decade', 'The owner bought the site in the 1990s.', 'in the 1990s', {
		start: '1990',
		end: '1999',
		precision: 'span'
	}),
	row(
		'holiday',
		'Ministers had promised a decision by Christmas.',
		'by Christmas',
		by(FRI, '2025-12-25')
	),
	row(
		'holiday',
		'The store was looted on Christmas Eve, police said.',
		'on Christmas Eve',
		day('2024-12-24')
	),
	row('holiday', 'Sales rose sharply over Thanksgiving.', 'over Thanksgiving', day('2024-11-28')),
	row(
		'holiday',
		'The parade will return on the Fourth of July.',
		'on the Fourth of July',
		day('2025-07-04')
	),
	row(
		'holiday',
		'Fireworks lit up the city on Bonfire Night.',
		'on Bonfire Night',
		day('2025-11-05'),
		'2025-11-12',
		LONDON
	),
	row(
		'year',
		'The company now expects a loss for the full year.',
		'for the full year',
		year('2025')
	),
	row(
		'year',
		'The plan will be published in the new year.',
		'in the new year',
		year('2025'),
		'2024-12-19',
		LONDON
	),
	row('year', 'Talks resume in the new year.', 'in the new year', year('2025'), '2025-01-03'),
	row('range', 'The Fed meets April 30-May 1.', 'April 30-May 1', span('2025-04-30', '2025-05-01')),
	row(
		'range',
		'The summit ran Feb. 24-26, 2024, in Paris.',
		'Feb. 24-26, 2024',
		span('2024-02-24', '2024-02-26')
	),
	row(
		'range',
		'The festival ran 24–26 January.',
		'24–26 January',
		span('2025-01-24', '2025-01-26')
	),
	row('month', 'The deal closed in March 2021.', 'in March 2021', month('2021-03'))
];
