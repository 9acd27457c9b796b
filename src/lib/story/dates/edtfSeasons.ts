import type { CheckKey, CheckWords } from '../../i18n/checks/en';
import { said, words, type Said } from '../said';
import { seasonReadingsEn } from '../../i18n/checks/seasonReadingsEn';
import { MONTH_NAMES } from './monthNames';
import { isSouthernZone, zoneSide } from './southernZones';

/** A part of a year as whole months: its first month (1–12) and how many it lasts. */
export interface YearPart {
	firstMonth: number;
	months: number;
	/** What the reading takes for granted, where it takes anything (the hemisphere). */
	assumption?: Said;
}

type SeasonName = 'spring' | 'summer' | 'autumn' | 'winter';
const SEASONS: SeasonName[] = ['spring', 'summer', 'autumn', 'winter'];
/** Meteorological seasons' first months; south of the equator they are six months on. */
const NORTHERN: Record<SeasonName, number> = { spring: 3, summer: 6, autumn: 9, winter: 12 };
/** A month (1–12, or on into the next year) as the catalogue's word for it. */
const monthWord = (month: number): CheckWords => words(MONTH_NAMES[(month - 1) % 12] as CheckKey);

function season(name: SeasonName, southern: boolean, why: CheckWords): YearPart {
	const firstMonth = ((NORTHERN[name] + (southern ? 6 : 0) - 1) % 12) + 1;
	const values = { first: monthWord(firstMonth), last: monthWord(firstMonth + 2), why };
	return {
		firstMonth,
		months: 3,
		assumption: said(southern ? 'seasonSouth' : 'seasonNorth', values, { says: seasonReadingsEn })
	};
}

/**
 * EDTF's parts of a year (ISO 8601-2 codes 21–41) as whole months in `timeZone`: 21–24
 * spring, summer, autumn, winter, in the hemisphere the zone is in; 25–28 the same in the
 * northern hemisphere, 29–32 in the southern; 33–36 quarters, 37–39 quadrimesters (four
 * months), 40–41 semesters. A winter belongs to the year it starts in (`2024-24` is December
 * 2024 to February 2025 in the north).
 */
export function yearPart(code: number, timeZone: string): YearPart {
	if (code <= 24) {
		const southern = isSouthernZone(timeZone);
		return season(SEASONS[code - 21]!, southern, zoneSide(timeZone));
	}
	if (code <= 28) return season(SEASONS[code - 25]!, false, words('codeSays'));
	if (code <= 32) return season(SEASONS[code - 29]!, true, words('codeSays'));
	if (code <= 36) return { firstMonth: (code - 33) * 3 + 1, months: 3 };
	if (code <= 39) return { firstMonth: (code - 37) * 4 + 1, months: 4 };
	return { firstMonth: (code - 40) * 6 + 1, months: 6 };
}
