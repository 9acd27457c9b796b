import { describe, expect, it } from 'vitest';
import { readMarks } from './annotated';
import { TUNE_ARTICLES } from './articles.tune';
import { HELD_OUT_ARTICLES } from './articles.heldOut';
import { HELD_OUT_B_ARTICLES } from './articles.heldOutB';
import { evaluate } from './evaluate';
import { goldValue } from './goldValue';
import { exact, foundF1, point } from './score';
import { chronoReadings, sourcelineReadings } from './taggers';

const utc = (ms: number) => new Date(ms).toISOString();

describe('gold values in TIMEX3 style, as intervals in the article’s zone', () => {
	it.each([
		['2025-W09', 'Europe/London', '2025-02-24T00:00:00.000Z', '2025-03-03T00:00:00.000Z'],
		['2025-02-28TNI', 'America/New_York', '2025-02-28T23:00:00.000Z', '2025-03-01T11:00:00.000Z'],
		[
			'2025-02-28T09:00',
			'America/New_York',
			'2025-02-28T14:00:00.000Z',
			'2025-02-28T14:01:00.000Z'
		],
		['FY1990', 'UTC', '1989-10-01T00:00:00.000Z', '1990-10-01T00:00:00.000Z'],
		['2024-SU', 'Australia/Sydney', '2024-11-30T13:00:00.000Z', '2025-02-28T13:00:00.000Z'],
		['2023-Q3', 'UTC', '2023-07-01T00:00:00.000Z', '2023-10-01T00:00:00.000Z'],
		['199X', 'UTC', '1990-01-01T00:00:00.000Z', '2000-01-01T00:00:00.000Z'],
		['1993/2009', 'UTC', '1993-01-01T00:00:00.000Z', '2010-01-01T00:00:00.000Z']
	])('%s in %s', (value, zone, from, to) => {
		const gold = goldValue(value, zone);
		expect(gold.kind === 'interval' && [utc(gold.from), utc(gold.to)]).toEqual([from, to]);
	});

	it('reads modifiers and references, and names a value it cannot read', () => {
		expect(goldValue('<2025-12-10', 'UTC')).toMatchObject({ kind: 'interval', mod: 'before' });
		expect(goldValue('PAST_REF', 'UTC')).toEqual({ kind: 'ref', ref: 'past' });
		expect(() => goldValue('2025-13-45', 'UTC')).toThrow(/"2025-13-45"/);
	});
});

describe('marked articles', () => {
	it('gives the plain text and each mark as offsets into it', () => {
		const { text, marks } = readMarks({
			id: 'a',
			published: '2025-02-28',
			timeZone: 'UTC',
			marked: 'It rose ⟦Friday|2025-02-28⟧, after ⟦a year|-⟧.'
		});
		expect(text).toBe('It rose Friday, after a year.');
		expect(marks.map((m) => text.slice(m.start, m.end))).toEqual(['Friday', 'a year']);
	});

	it('refuses a mark that is not closed', () => {
		const article = { id: 'b', published: '2025-02-28', timeZone: 'UTC', marked: 'On ⟦Friday|x' };
		expect(() => readMarks(article)).toThrow(/Article b/);
	});

	it('every article of both halves reads, with values the table writes', () => {
		for (const article of [...TUNE_ARTICLES, ...HELD_OUT_ARTICLES, ...HELD_OUT_B_ARTICLES]) {
			for (const mark of readMarks(article).marks) {
				expect(() => goldValue(mark.value, article.timeZone)).not.toThrow();
			}
		}
	});
});

describe('judging readings', () => {
	const day = { from: 0, to: 100 };
	const gold = goldValue('2025-02', 'UTC');
	if (gold.kind !== 'interval') throw new Error('a month is an interval');
	it('exact: the gold interval, a coarser honest one apart, anything else wrong', () => {
		expect(exact(gold, { from: gold.from, to: gold.to }, day, false)).toBe('right');
		expect(exact(gold, { from: gold.from - 1, to: gold.to }, day, false)).toBe('coarser');
		expect(exact(gold, { from: gold.from, to: gold.to - 1 }, day, false)).toBe('wrong');
		expect(exact(gold, { from: gold.from, to: gold.to, modifier: 'before' }, day, false)).toBe(
			'wrong'
		);
	});
	it('point: one moment inside the gold interval', () => {
		expect(point(gold, { from: gold.from + 5, to: gold.from + 6 }, day, false)).toBe('right');
		expect(point(gold, { from: gold.to, to: gold.to + 1 }, day, false)).toBe('wrong');
	});
});

describe('the evaluation on the tuning articles', () => {
	const ours = evaluate(TUNE_ARTICLES, sourcelineReadings, exact);
	const chrono = evaluate(TUNE_ARTICLES, chronoReadings, point);
	it('counts every expression once, found or not', () => {
		for (const tally of [ours, chrono]) {
			expect(tally.right + tally.coarser + tally.wrong + tally.unresolved).toBe(tally.found);
			expect(tally.found + tally.missesIn.filter((m) => m.outcome === 'missed').length).toBe(
				tally.gold
			);
		}
	});
	it('takes chrono-node’s share prices, fractions and company names for what they are', () => {
		expect(chrono.falsePositives).toEqual(expect.arrayContaining(['1.35 a', 'Sun', '1/4']));
		expect(ours.falsePositives).not.toEqual(expect.arrayContaining(['1.35 a']));
	});
	it('Sourceline finds and resolves no fewer than chrono-node alone, with fewer false dates', () => {
		expect(foundF1(ours)).toBeGreaterThanOrEqual(foundF1(chrono));
		expect(ours.right).toBeGreaterThanOrEqual(chrono.right);
		expect(ours.falsePositives.length).toBeLessThan(chrono.falsePositives.length);
	});
});
