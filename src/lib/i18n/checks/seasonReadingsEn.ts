import { MONTH_NAMES } from '../../story/dates/monthNames';

type Month = (typeof MONTH_NAMES)[number];

/**
 * How an EDTF season (`2025-21`) is read, in British English, and the months it names: with
 * the checker's core, as EDTF is read without the rules for date words (readingsEn.ts).
 */
export const seasonReadingsEn = {
	seasonNorth:
		'The season is taken as meteorological, three whole months from {first} to {last}, in the northern hemisphere ({why}).',
	seasonSouth:
		'The season is taken as meteorological, three whole months from {first} to {last}, in the southern hemisphere ({why}).',
	zoneNorth: 'the zone {zone} is taken to be north of the equator',
	zoneSouth: 'the zone {zone} is taken to be south of the equator',
	codeSays: 'as its code says',
	...(Object.fromEntries(
		MONTH_NAMES.map((month) => [month, month[0]!.toUpperCase() + month.slice(1)])
	) as Record<Month, string>)
};
