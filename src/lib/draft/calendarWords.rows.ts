import { by, day, FRI, LONDON, month, row, span, year, type NewsWordsRow } from './newsWords.rows';

/**
 * More hand-written news sentences, for the calendar words besides dates (decades, holidays,
 * the year a report is about, quarters counted from the publication's, seasons with their
 * year or a deadline) and written ranges joined by a dash; read as in newsWords.rows.ts,
 * against a Friday's publication in New York unless a row says otherwise.
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
	row('month', 'The deal closed in March 2021.', 'in March 2021', month('2021-03')),
	row('deadline', 'The report will be delivered by March.', 'by March', by(FRI, '2025-03-31')),
	// The quarter before the publication's, its own, and the one after.
	row(
		'quarter',
		'Sales rose in the latest quarter.',
		'the latest quarter',
		span('2024-10', '2024-12')
	),
	row('quarter', 'Costs are climbing this quarter.', 'this quarter', span('2025-01', '2025-03')),
	row(
		'quarter',
		'The firm expects a profit next quarter.',
		'next quarter',
		span('2025-04', '2025-06')
	),
	// A season with its year, whichever word brings it in, and a season as a deadline.
	row(
		'season',
		'The bridge was built in winter 2019.',
		'in winter 2019',
		span('2019-12', '2020-02')
	),
	row(
		'season',
		'The drought of summer 2022 killed crops.',
		'summer 2022',
		span('2022-06', '2022-08')
	),
	row('season', 'The pool will reopen by summer.', 'by summer', by(FRI, '2025-08-31')),
	row(
		'season',
		'The new wing should open by the spring of 2026.',
		'by the spring of 2026',
		by(FRI, '2026-05-31')
	)
];
