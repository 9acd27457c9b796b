import type { ResolvedDate } from '../story/types';

/**
 * Hand-written news sentences, each with the date words in it and what they mean, read
 * against its publication day and zone: the table the drafting tests score the finder and
 * the resolver on, by kind of phrasing. `expected: null` means the words are no date at all.
 */
export interface NewsWordsRow {
	kind: string;
	sentence: string;
	/** The date words, as the sentence writes them. */
	words: string;
	published: string;
	timeZone: string;
	expected: Pick<ResolvedDate, 'start' | 'end' | 'precision'> &
		Partial<Pick<ResolvedDate, 'modifier'>>;
}

export const NY = 'America/New_York';
export const LONDON = 'Europe/London';
/** A Friday. */
export const FRI = '2025-02-28';
/** A Wednesday in autumn. */
const WED = '2025-11-12';

type Expected = NewsWordsRow['expected'];
export const day = (at: string): Expected => ({ start: at, end: at, precision: 'day' });
export const month = (at: string): Expected => ({ start: at, end: at, precision: 'month' });
export const year = (at: string): Expected => ({ start: at, end: at, precision: 'year' });
export const span = (start: string, end: string): Expected => ({ start, end, precision: 'span' });
const instant = (at: string): Expected => ({ start: at, end: at, precision: 'instant' });
export const by = (start: string, end: string): Expected => ({
	...span(start, end),
	modifier: 'before'
});

export const row = (
	kind: string,
	sentence: string,
	words: string,
	expected: Expected,
	published = FRI,
	timeZone = NY
): NewsWordsRow => ({ kind, sentence, words, published, timeZone, expected });

export const NEWS_WORDS: NewsWordsRow[] = [
	// A modal that looks ahead (could, might): the next one, not the one before publication.
	row('weekday', 'Temperatures could reach 33C on Thursday.', 'on Thursday', day('2025-03-06')),
	row('weekday', 'Storms might hit the coast on Tuesday.', 'on Tuesday', day('2025-03-04')),
	// A bare weekday in a past-tense sentence: the publication day itself when it is that day.
	row('weekday', 'The company said Friday that it would cut 300 jobs.', 'Friday', day(FRI)),
	row('weekday', 'Shares fell sharply Friday in New York.', 'Friday', day(FRI)),
	row(
		'weekday',
		'Officials announced Tuesday that the plant would close.',
		'Tuesday',
		day('2025-02-25')
	),
	row('weekday', 'The minister resigned on Monday.', 'on Monday', day('2025-02-24')),
	row('weekday', 'Police said Saturday that two men were arrested.', 'Saturday', day('2025-02-22')),
	row('weekday', 'The board will meet Friday to vote.', 'Friday', day(FRI)),
	row('weekday', 'The board will meet Monday to vote.', 'Monday', day('2025-03-03')),

	// Abbreviated months with a full stop, and sentences that do not end at them.
	row('abbreviation', 'The deal closed on Aug. 7, the company said.', 'Aug. 7', day('2024-08-07')),
	row('abbreviation', 'The vote is set for Sept. 26.', 'Sept. 26', day('2025-09-26')),
	row('abbreviation', 'He was born Dec. 2, 1956, in Ohio.', 'Dec. 2, 1956', day('1956-12-02')),
	row('abbreviation', 'The bank failed on Nov. 17, 1992.', 'Nov. 17, 1992', day('1992-11-17')),
	row(
		'abbreviation',
		'Mr. Lee said the merger must close by Dec. 10.',
		'by Dec. 10',
		by(FRI, '2025-12-10')
	),
	row('abbreviation', 'On Aug. 7, Dr. Chan left the U.S. embassy.', 'On Aug. 7', day('2024-08-07')),
	row('abbreviation', 'Acme Inc. reported the loss on Jan. 14.', 'Jan. 14', day('2025-01-14')),

	// Bare years and months, the way the tense points.
	row(
		'year and month',
		'The company was founded 1996 in Texas and grew fast.',
		'1996',
		year('1996')
	),
	row('year and month', 'The law, passed in 1996, was repealed.', '1996', year('1996')),
	row(
		'year and month',
		'Prices have risen since November.',
		'since November',
		span('2024-11-01', FRI)
	),
	row('year and month', 'October sales fell, the report said.', 'October', month('2024-10')),
	row(
		'year and month',
		'Sales slowed in January and March, analysts said.',
		'March',
		month('2025-03'),
		'2025-06-10'
	),
	row('year and month', 'The mayor was elected last June.', 'last June', month('2024-06')),
	row(
		'year and month',
		'The plant opened in March, officials said.',
		'March',
		month('2025-03'),
		'2025-06-10'
	),
	row('year and month', 'The plant will reopen in March.', 'March', month('2025-03')),
	row('year and month', 'Output peaked in 2019 and fell in 2020.', '2020', year('2020')),

	// Quarters, halves and fiscal years, as spans of months.
	row(
		'quarter',
		'Profit rose 5% in the third quarter.',
		'the third quarter',
		span('2024-07', '2024-09')
	),
	row(
		'quarter',
		'The firm posted third-quarter earnings of $2 million.',
		'third-quarter',
		span('2024-07', '2024-09')
	),
	row('quarter', 'Sales grew in the first half.', 'the first half', span('2024-01', '2024-06')),
	row(
		'quarter',
		'Revenue will rise in the second half.',
		'the second half',
		span('2025-07', '2025-12')
	),
	row(
		'quarter',
		'The deficit reached $3 billion in fiscal 1990.',
		'fiscal 1990',
		span('1989-10', '1990-09')
	),
	row(
		'quarter',
		'Growth slowed in the fourth quarter of 2024.',
		'the fourth quarter of 2024',
		span('2024-10', '2024-12')
	),

	// Relative units, at the precision the words give.
	row('relative', 'The factory closed a year ago.', 'a year ago', year('2024')),
	row(
		'relative',
		'She left the company two weeks ago.',
		'two weeks ago',
		span('2025-02-10', '2025-02-16')
	),
	row('relative', 'The talks began three days ago.', 'three days ago', day('2025-02-25')),
	row('relative', 'He was hired six months ago.', 'six months ago', month('2024-08')),
	row(
		'relative',
		'Profit was $4 million, up from $3 million a year earlier.',
		'a year earlier',
		year('2024')
	),

	// Words about the present, tied to the publication day.
	row('vague', 'The union recently rejected the offer.', 'recently', {
		...day(FRI),
		modifier: 'before'
	}),
	row('vague', 'The plant currently employs 300 people.', 'currently', day(FRI)),

	// Parts of day and times, in the publication's zone.
	row(
		'part of day',
		'The fire started Friday night, police said.',
		'Friday night',
		span('2025-02-28T18:00:00-05:00', '2025-03-01T06:00:00-05:00')
	),
	row(
		'part of day',
		'The talks will resume at 9 a.m. Monday.',
		'9 a.m. Monday',
		instant('2025-03-03T09:00:00-05:00')
	),
	row(
		'part of day',
		'The storm hit Tuesday morning.',
		'Tuesday morning',
		span('2025-02-25T05:00:00-05:00', '2025-02-25T12:00:00-05:00')
	),
	row(
		'part of day',
		'He landed at 3 p.m. on Thursday.',
		'3 p.m. on Thursday',
		instant('2025-02-27T15:00:00+00:00'),
		FRI,
		LONDON
	),

	// Seasons in running text, spans of months.
	row(
		'season',
		'The pool is to stay shut until spring.',
		'until spring',
		span('2026-03', '2026-05'),
		WED,
		LONDON
	),
	row(
		'season',
		'The work could run into the spring.',
		'into the spring',
		span('2026-03', '2026-05'),
		WED,
		LONDON
	),
	row(
		'season',
		'The bridge reopened last summer.',
		'last summer',
		span('2025-06', '2025-08'),
		WED,
		LONDON
	),
	row(
		'season',
		'Mortgage rates have risen since the fall.',
		'since the fall',
		span('2024-09-01', FRI)
	),
	row(
		'part of day',
		'The plane exploded shortly after takeoff last night.',
		'last night',
		span('2025-02-27T18:00:00-05:00', '2025-02-28T06:00:00-05:00')
	),
	row('range', 'He hosted the show from 1993 to 2009.', 'from 1993 to 2009', span('1993', '2009')),
	row(
		'reported speech',
		'Senators said they had agreed to extend the program through Sept. 30.',
		'Sept. 30',
		day('2025-09-30')
	),
	// "agreed to" is the telling and looks ahead at once: the next Sept. 30, as an end.
	row(
		'reported speech',
		'Congress agreed to fund the agency through Sept. 30.',
		'through Sept. 30',
		day('2025-09-30')
	),
	row(
		'stated day',
		'Shelters held 1,200 people as of April 5, officials said.',
		'as of April 5',
		day('2025-04-05'),
		'2025-04-09'
	),
	row(
		'part of day',
		'Lawmakers will vote on the budget by Wednesday afternoon.',
		'by Wednesday afternoon',
		{
			...span('2025-03-05T12:00:00-05:00', '2025-03-05T18:00:00-05:00'),
			modifier: 'before'
		}
	),
	row(
		'part of day',
		'The strike will begin Friday night.',
		'Friday night',
		span('2025-11-14T18:00:00+00:00', '2025-11-15T06:00:00+00:00'),
		WED,
		LONDON
	),
	row(
		'part of day',
		'Polling stations will stay open until midnight.',
		'until midnight',
		instant('2025-03-01T00:00:00-05:00')
	),
	row('quarter', 'Profit rose 4% in Q3.', 'Q3', span('2024-07', '2024-09')),
	row('quarter', 'In Q3 the firm lost money.', 'Q3', span('2024-07', '2024-09')),
	row('quarter', 'Sales will pick up in Q3.', 'Q3', span('2025-07', '2025-09')),
	row('quarter', 'Margins narrowed in Q3 2023.', 'Q3 2023', span('2023-07', '2023-09')),
	row(
		'quarter',
		'Sales grew in the first half of 2024.',
		'the first half of 2024',
		span('2024-01', '2024-06')
	)
];
