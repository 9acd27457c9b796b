import { expect } from 'vitest';
import type { ResolvedDate } from '../types';
import { resolveDateExpression } from './resolveDate';

/** Zones and publication days the date tests share, and their one way to check a row. */

export const LONDON = 'Europe/London';
export const NEW_YORK = 'America/New_York';
export const TOKYO = 'Asia/Tokyo';
export const SYDNEY = 'Australia/Sydney';
/** Thursday 27 February 2025, the first story's publication day. */
export const THU = '2025-02-27';

/** Date words read against a publication, and what they must give. */
export interface DateRow {
	/** What the row shows, where the expression alone does not say it. */
	name?: string;
	expression: string;
	published: string;
	/** The event's zone; London by default. */
	timeZone?: string;
	/** The publication's zone; London by default. */
	publishedTimeZone?: string;
	direction?: 'past' | 'future';
	expected: Partial<ResolvedDate> | { error: RegExp };
}

export const day = (date: string): Partial<ResolvedDate> => ({
	start: date,
	end: date,
	precision: 'day'
});
export const span = (start: string, end: string): Partial<ResolvedDate> => ({
	start,
	end,
	precision: 'span'
});

/**
 * Resolves the row's words and checks the result: a failure whose message matches, or a date
 * in the row's zone with the expected fields, and no `modifier` unless one is expected.
 */
export function expectRow(row: DateRow): void {
	const timeZone = row.timeZone ?? LONDON;
	const result = resolveDateExpression(row.expression, {
		published: row.published,
		publishedTimeZone: row.publishedTimeZone ?? LONDON,
		timeZone,
		...(row.direction && { direction: row.direction })
	});
	if ('error' in row.expected) {
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.message).toMatch(row.expected.error);
		return;
	}
	expect(result).toMatchObject({ ok: true, date: { timeZone, ...row.expected } });
	if (result.ok && !('modifier' in row.expected)) {
		expect(result.date).not.toHaveProperty('modifier');
	}
}
