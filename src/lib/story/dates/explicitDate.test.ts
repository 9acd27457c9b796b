import { TZDate, tz } from '@date-fns/tz';
import { format, isValid, parse } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { parseExplicitDate } from './explicitDate';

const ZONE = 'America/New_York';
const reference = new TZDate(2025, 1, 27, ZONE);

/** What trying each pattern with date-fns' parse, and writing it back, reads (the oracle). */
const PATTERNS = [
	'd MMMM yyyy',
	'd MMM yyyy',
	'do MMMM yyyy',
	'do MMM yyyy',
	'MMMM d, yyyy',
	'MMM d, yyyy',
	'MMMM d yyyy',
	'd MMMM',
	'd MMM',
	'do MMMM',
	'MMMM d',
	'MMM d'
];
function byParse(words: string): string | null {
	for (const pattern of PATTERNS) {
		const day = parse(words, pattern, reference, { in: tz(ZONE) });
		if (isValid(day) && format(day, pattern).toLowerCase() === words) return day.toISOString();
	}
	return null;
}

function written(): string[] {
	const days = [
		'0',
		'1',
		'01',
		'2',
		'3',
		'11',
		'12',
		'13',
		'21',
		'22',
		'23',
		'29',
		'30',
		'31',
		'32'
	];
	const ordinals = ['', 'st', 'nd', 'rd', 'th'];
	const months = ['january', 'jan', 'february', 'may', 'sept', 'sep', 'september', 'smarch'];
	const years = ['', ' 2024', ' 2025', ' 1900', ' 25', ' 20245'];
	const all: string[] = [];
	for (const day of days)
		for (const month of months)
			for (const year of years) {
				for (const ordinal of ordinals) all.push(`${day}${ordinal} ${month}${year}`);
				all.push(
					`${month} ${day}${year}`,
					`${month} ${day},${year}`,
					`${month} ${day}${ordinals[1]}${year}`
				);
			}
	return all;
}

describe('parseExplicitDate', () => {
	// The oracle (twelve date-fns parses a word) is slow: room for a busy machine.
	it(
		'reads exactly what date-fns parse reads with the documented patterns, to the same day',
		{ timeout: 30_000 },
		() => {
			const words = written();
			const differences = words.filter((w) => {
				const mine = parseExplicitDate(w, reference, ZONE);
				const read = mine?.ok ? mine.day.toISOString() : null;
				return read !== byParse(w);
			});
			expect(words.length).toBeGreaterThan(1500);
			expect(differences).toEqual([]);
		}
	);

	it('takes the reference day’s year, and checks the day against it', () => {
		expect(parseExplicitDate('29 february', reference, ZONE)).toMatchObject({
			ok: false,
			message: 'it is not a valid calendar date'
		});
		const leap = new TZDate(2024, 5, 1, ZONE);
		const read = parseExplicitDate('29 february', leap, ZONE);
		expect(read?.ok && read.day.toISOString()).toBe('2024-02-29T00:00:00.000-05:00');
	});
});
