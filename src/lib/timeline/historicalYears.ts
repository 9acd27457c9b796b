import { ticks } from 'd3';
import { utcDay } from '$lib/format/yearWords';

const YEAR = 365.2425 * 86_400_000;

/**
 * Year ticks for a view that reaches back before the common era, at round years as a reader
 * counts them: "2500 BC", "2000 BC", … "1", "500". d3's year ticks are round in ISO 8601's
 * count, where year 0 is 1 BC, so they would read "2501 BC"; here the round numbers are
 * taken in the count without a year 0 (a round 0 is the year 1) and turned back. Null
 * where the view starts in the common era or is narrower than a few years.
 */
export function historicalYearTicks(start: Date, end: Date, count: number): Date[] | null {
	const [first, last] = [start.getUTCFullYear(), end.getUTCFullYear()];
	if (first > 0 || (end.getTime() - start.getTime()) / YEAR < count) return null;
	const counted = (year: number) => (year > 0 ? year : year - 1);
	const iso = (year: number) => (year < 0 ? year + 1 : Math.max(year, 1));
	const years = ticks(counted(first), counted(last), count).filter(Number.isInteger);
	const dates = [...new Set(years.map(iso))].map((year) => utcDay(year));
	return dates.filter((date) => date >= start && date <= end);
}
