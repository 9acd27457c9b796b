import { TZDate } from '@date-fns/tz';
import * as chrono from 'chrono-node';
import { draftArticle } from '../proposals';
import type { Mention } from '../types';
import type { Reading } from './score';

const MINUTE = 60_000;

/** Sourceline's readings: `draftArticle`'s mentions, read against the publication. */
export function sourcelineReadings(text: string, published: string, timeZone: string): Reading[] {
	const { mentions } = draftArticle({ article: text, published, timeZone, publisher: '' });
	return mentions.map((mention: Mention) => {
		const { date } = mention;
		if (!date)
			return { start: mention.start, end: mention.end, words: mention.words, interval: null };
		const from = Date.parse(date.startsAt);
		const to = date.precision === 'instant' ? from + MINUTE : Date.parse(date.endsAt);
		return {
			start: mention.start,
			end: mention.end,
			words: mention.words,
			interval: { from, to, ...(date.modifier && { modifier: date.modifier }) }
		};
	});
}

/** A chrono-node moment (known and implied parts) as wall-clock time in `timeZone`. */
function moment(parts: chrono.ParsedComponents, timeZone: string): number {
	const get = (unit: chrono.Component) => parts.get(unit) ?? 0;
	return new TZDate(
		get('year'),
		get('month') - 1,
		get('day'),
		get('hour'),
		get('minute'),
		timeZone
	).getTime();
}

/**
 * chrono-node alone, as a newsroom would use it: its default (English) parser, with the
 * publication at noon in its zone as the reference; every find is placed at one moment
 * (with its end where it gives a range). It never leaves words unplaced.
 */
export function chronoReadings(text: string, published: string, timeZone: string): Reading[] {
	const [y, m, d] = published.slice(0, 10).split('-').map(Number) as [number, number, number];
	const instant = new TZDate(y, m - 1, d, 12, 0, timeZone);
	return chrono.parse(text, { instant, timezone: timeZone }).map((result) => {
		const from = moment(result.start, timeZone);
		return {
			start: result.index,
			end: result.index + result.text.length,
			words: result.text,
			interval: { from, to: result.end ? moment(result.end, timeZone) + 1 : from + 1 },
			range: result.end !== undefined && result.end !== null
		};
	});
}
