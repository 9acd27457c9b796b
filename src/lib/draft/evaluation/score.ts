import type { TextRange } from '../types';
import type { GoldValue } from './goldValue';

/**
 * What a date tagger made of some words: an absolute half-open interval in milliseconds (an
 * instant is its minute), with the modifier it reads (`by`, `since`), or null where it found
 * the words but could not place them.
 */
export interface Reading extends TextRange {
	words: string;
	interval: { from: number; to: number; modifier?: 'before' | 'after' } | null;
	/** Where the tagger gives a range ("from Monday to Wednesday"), that it does. */
	range?: boolean;
}

export interface Gold extends TextRange {
	words: string;
	value: string;
	gold: GoldValue;
}

export type Outcome = 'right' | 'coarser' | 'wrong' | 'unresolved';

/** The publication day as an interval of milliseconds in its zone. */
export interface PublicationDay {
	from: number;
	to: number;
}

/**
 * How a tagger's readings are judged against a gold value.
 * - `exact`: the interval must be the gold one (a deadline: ends where it ends, read as a
 *   deadline; "since": starts where it starts and runs to the publication or on). A reading
 *   that holds the gold interval and more is `coarser`, counted apart: honest, not wrong.
 * - `point`: a tagger that gives one moment (chrono-node) is right where that moment falls
 *   in the gold interval, the value at the gold's own granularity, as a TIMEX evaluation of
 *   values does; a gold range needs the tagger's range to fall in it at both ends.
 */
export type Judge = (
	gold: GoldValue,
	reading: NonNullable<Reading['interval']>,
	day: PublicationDay,
	range: boolean
) => Outcome;

export const exact: Judge = (gold, reading, day) => {
	if (gold.kind === 'none') return 'right';
	if (gold.kind === 'ref') {
		if (gold.ref === 'past')
			return reading.modifier === 'before' && reading.to <= day.to ? 'right' : 'wrong';
		if (gold.ref === 'future')
			return reading.modifier === 'after' && reading.from >= day.from ? 'right' : 'wrong';
		if (reading.from === day.from && reading.to === day.to) return 'right';
		return reading.from <= day.from && reading.to >= day.to ? 'coarser' : 'wrong';
	}
	if (gold.mod === 'before') {
		return reading.modifier === 'before' && reading.to === gold.to ? 'right' : 'wrong';
	}
	if (gold.mod === 'after') {
		const runsOn = reading.modifier === 'after' || reading.to === day.to;
		return reading.from === gold.from && runsOn ? 'right' : 'wrong';
	}
	if (reading.modifier) return 'wrong';
	if (reading.from === gold.from && reading.to === gold.to) return 'right';
	return reading.from <= gold.from && reading.to >= gold.to ? 'coarser' : 'wrong';
};

export const point: Judge = (gold, reading, day, range) => {
	const inside = (at: number, from: number, to: number) => at >= from && at < to;
	if (gold.kind === 'none') return 'right';
	if (gold.kind === 'ref') {
		if (gold.ref === 'present') return inside(reading.from, day.from, day.to) ? 'right' : 'wrong';
		return (gold.ref === 'past' ? reading.from < day.from : reading.from >= day.to)
			? 'right'
			: 'wrong';
	}
	if (!inside(reading.from, gold.from, gold.to)) return 'wrong';
	if (!gold.range) return 'right';
	return range && inside(reading.to - 1, gold.from, gold.to) && reading.to > reading.from
		? 'right'
		: 'wrong';
};

export interface Miss {
	words: string;
	value: string;
	/** The tagger's words over it, or null where it found none. */
	found: string | null;
	outcome: Outcome | 'missed';
}

export interface Tally {
	/** Gold expressions with a calendar value. */
	gold: number;
	found: number;
	right: number;
	coarser: number;
	wrong: number;
	unresolved: number;
	/** Readings of words that are no date expression at all. */
	falsePositives: string[];
	/** Readings over a date expression (or a timex without a calendar value, left out). */
	readings: number;
	misses: Miss[];
}

export const emptyTally = (): Tally => ({
	gold: 0,
	found: 0,
	right: 0,
	coarser: 0,
	wrong: 0,
	unresolved: 0,
	falsePositives: [],
	readings: 0,
	misses: []
});

const overlap = (a: TextRange, b: TextRange) => Math.min(a.end, b.end) - Math.max(a.start, b.start);

/**
 * Adds one article's readings to `tally`. Each gold expression is matched to the reading
 * that overlaps it most (any overlap counts as found, as in TempEval's relaxed match). Both
 * lists are short (one article); the cost is their product.
 */
export function scoreArticle(
	tally: Tally,
	golds: Gold[],
	readings: Reading[],
	day: PublicationDay,
	judge: Judge
): void {
	for (const reading of readings) {
		const over = golds.filter((gold) => overlap(gold, reading) > 0);
		if (over.length === 0) tally.falsePositives.push(reading.words);
		else if (over.some((gold) => gold.gold.kind !== 'none')) tally.readings++;
	}
	for (const gold of golds) {
		if (gold.gold.kind === 'none') continue;
		tally.gold++;
		const best = readings
			.filter((reading) => overlap(gold, reading) > 0)
			.sort((a, b) => overlap(gold, b) - overlap(gold, a))[0];
		const miss = (outcome: Miss['outcome']) =>
			tally.misses.push({
				words: gold.words,
				value: gold.value,
				found: best?.words ?? null,
				outcome
			});
		if (!best) {
			miss('missed');
			continue;
		}
		tally.found++;
		const outcome = best.interval
			? judge(gold.gold, best.interval, day, best.range ?? false)
			: 'unresolved';
		tally[outcome]++;
		if (outcome !== 'right') miss(outcome);
	}
}

/** F1 of finding, any overlap: readings over a date expression against all readings scored. */
export function foundF1(tally: Tally): number {
	const precision = tally.readings / (tally.readings + tally.falsePositives.length || 1);
	const recall = tally.found / (tally.gold || 1);
	return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}
