import type { TZDate } from '@date-fns/tz';

/**
 * The zone's UTC offset at `date` as ISO 8601 writes it (`+01:00`, `-05:00`, `+00:00`): what
 * date-fns's `format(date, 'xxx')` writes, without the whole of `format` and its locale data,
 * which would otherwise ship in the story checker's worker.
 */
export function isoOffset(date: TZDate): string {
	const offset = date.getTimezoneOffset();
	const minutes = Math.abs(offset);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${offset > 0 ? '-' : '+'}${pad(Math.trunc(minutes / 60))}:${pad(minutes % 60)}`;
}
