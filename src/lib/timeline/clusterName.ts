import { withoutCommonEra } from '$lib/format/yearWords';
import { t } from '$lib/i18n/active';
import { dateFormat } from '$lib/i18n/intl';
import { plural } from '$lib/i18n/plural';
import type { DatePrecision } from '$lib/story/types';

const base: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
const levels: Intl.DateTimeFormatOptions[] = [
	{ ...base, day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
	{ ...base, day: 'numeric', month: 'long' },
	{ ...base, month: 'long' },
	base
];
// Before the year 1000, Intl says an era only now and then: there, always, and ours dropped.
const format = (level: number, era: boolean) =>
	dateFormat(`cluster:${level}:${era}`, { ...levels[level], ...(era && { era: 'short' }) });

const day = 86_400_000;
const coarseness: Record<DatePrecision, number> = {
	instant: 0,
	span: 0,
	day: 1,
	month: 2,
	year: 3,
	decade: 3
};
const MOST_COARSE = 3;

/**
 * The wall-clock range [start, end) of some events as words, no finer than the coarsest
 * of their dates (a cluster of years is not given days) and no finer than its length
 * needs: "3 – 9 March 2025", "March – June 2025", "1943 – 1946", "3 March 2025, 10:00–12:30",
 * "778 BC – 501".
 */
export function formatWallRange(start: number, end: number, precisions: DatePrecision[]): string {
	let coarsest = 0;
	for (const p of precisions) coarsest = Math.max(coarsest, coarseness[p]);
	const length = end - start;
	const level = Math.max(
		coarsest,
		length >= 3 * 365 * day ? 3 : length >= 90 * day ? 2 : length >= day ? 1 : 0
	);
	const early = new Date(start).getUTCFullYear() < 1000;
	const words = format(level, early);
	// The end is exclusive: its last moment is what is shown.
	const last = Math.max(start, end - (level === 0 ? 0 : 1));
	// The words show minutes at most (days from level 1): ranges alike to that grain read alike.
	const grain = level === 0 ? 60_000 : day;
	const key = `${Math.floor(start / grain)}:${Math.floor(last / grain)}`;
	let said = written.get(words);
	if (!said) written.set(words, (said = new Map()));
	let text = said.get(key);
	if (text === undefined) {
		if (said.size >= MAX_WRITTEN) said.clear();
		// Intl puts thin spaces round the dash; the rest of the site writes plain ones.
		text = words.formatRange(new Date(start), new Date(last)).replace(/[\u2009\u202f]/g, ' ');
		if (early) text = withoutCommonEra(text, words);
		said.set(key, text);
	}
	return text;
}

/**
 * Ranges already written, by format (a locale and level): a zoom that crosses a level names
 * a hundred new clusters in one frame, and `formatRange` is the costly part of a name.
 */
const written = new WeakMap<Intl.DateTimeFormat, Map<string, string>>();
const MAX_WRITTEN = 4000;

/** A cluster's accessible name: "12 events, 3 – 9 March 2025; activate to zoom in". */
export function clusterName(
	count: number,
	start: number,
	end: number,
	precisions: DatePrecision[],
	canZoom = true
): string {
	const words = t().cluster;
	const what = plural(words.count, count);
	const action = canZoom ? words.zoom : words.list;
	return `${what}, ${formatWallRange(start, end, precisions)}; ${action}`;
}

/**
 * Names clusters, remembering the last few hundred: a zoom frame redraws the same
 * clusters, and their names need not be built again.
 */
export function createClusterNamer(
	precisionOf: (i: number) => DatePrecision
): (
	cluster: { key: string; count: number; start: number; end: number; members: number[] },
	canZoom: boolean
) => string {
	const names = new Map<string, string>();
	return (cluster, canZoom) => {
		const key = `${cluster.key}:${cluster.count}:${cluster.end}:${canZoom}`;
		let name = names.get(key);
		if (name === undefined) {
			if (names.size > 500) names.clear();
			name = clusterName(
				cluster.count,
				cluster.start,
				cluster.end,
				[coarsestOf(cluster.members, precisionOf)],
				canZoom
			);
			names.set(key, name);
		}
		return name;
	};
}

/**
 * The coarsest precision of some events, all a range's words need of them: no array of a
 * big cluster's precisions is made, and the look stops at the coarsest there is.
 */
function coarsestOf(members: number[], precisionOf: (i: number) => DatePrecision): DatePrecision {
	let coarsest: DatePrecision = 'instant';
	for (const i of members) {
		const precision = precisionOf(i);
		if (coarseness[precision] > coarseness[coarsest]) {
			coarsest = precision;
			if (coarseness[coarsest] === MOST_COARSE) break;
		}
	}
	return coarsest;
}
