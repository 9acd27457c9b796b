import { FRI, NY } from './newsWords.rows';

/** Words a date finder could take for a date that are none: money, counts, names. */
export interface NotADateRow {
	kind: string;
	sentence: string;
	/** Words a date finder could take for a date. */
	words: string;
	published: string;
	timeZone: string;
}

export const NOT_DATES: NotADateRow[] = [
	{
		kind: 'money',
		sentence: 'The company earned $1.35 a share.',
		words: '1.35 a',
		published: FRI,
		timeZone: NY
	},
	{
		kind: 'percentage',
		sentence: 'The bonds yield 6 1/4% a year.',
		words: '6 1/4',
		published: FRI,
		timeZone: NY
	},
	{
		kind: 'percentage',
		sentence: 'Unemployment rose to 4.2% last month.',
		words: '4.2',
		published: FRI,
		timeZone: NY
	},
	{
		kind: 'company',
		sentence: 'Sun Microsystems cut its prices.',
		words: 'Sun',
		published: FRI,
		timeZone: NY
	},
	{
		kind: 'company',
		sentence: 'The shares of Mar Holdings rose.',
		words: 'Mar',
		published: FRI,
		timeZone: NY
	},
	{
		kind: 'vague',
		sentence: 'The current plan is too costly.',
		words: 'current',
		published: FRI,
		timeZone: NY
	},
	{
		kind: 'name',
		sentence: 'March Madness drew record crowds.',
		words: 'March',
		published: FRI,
		timeZone: NY
	},
	{
		kind: 'name',
		sentence: 'She will set out her plans in the Spring Statement.',
		words: 'Spring',
		published: FRI,
		timeZone: NY
	},
	{
		kind: 'name',
		sentence: 'He hosted “Late Night” for years.',
		words: 'Night',
		published: FRI,
		timeZone: NY
	},
	{
		kind: 'name',
		sentence: 'The Audi Q3 sold well in Europe.',
		words: 'Q3',
		published: FRI,
		timeZone: NY
	},
	{
		kind: 'name',
		sentence: 'A speech by May drew applause.',
		words: 'May',
		published: FRI,
		timeZone: NY
	},
	{
		kind: 'part',
		sentence: 'The city doubled in size in the last quarter of the century.',
		words: 'last quarter',
		published: FRI,
		timeZone: NY
	},
	{
		kind: 'count',
		sentence: 'About 1996 people signed the letter.',
		words: '1996',
		published: FRI,
		timeZone: NY
	}
];
