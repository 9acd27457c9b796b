import { t } from '$lib/i18n/active';
import { fill, formatCount, plural } from '$lib/i18n/plural';
import type { TimelineIndex } from './timelineIndex';
import { fitDomain } from './timeScale';

/** The events most of a story is about, when a few far from them would squash them. */
export interface MainBody {
	/** Wall-clock range that holds the body's events (see fitDomain). */
	domain: [number, number];
	/** Events left out before and after it. */
	earlier: number;
	later: number;
}

/** Below this share of the fitted width the rest counts as squashed. */
export const SQUASHED_SHARE = 1 / 8;

/** At most this share of the events may be left out of the first view: "a few". */
export const FEW_SHARE = 1 / 10;

/**
 * The story's main body, or null when the fit of everything already reads: the fewest
 * events at either end (at most a tenth of them, so a story of under ten events is always
 * shown whole) whose leaving out makes the rest span an eighth or less of the fitted
 * domain, that is eight times as wide on screen.
 *
 * The rule: a trimmed range on the sorted starts, as robust as a median (it looks at
 * ranks, so one event in 1962 weighs no more than one a day early), and linear in the
 * events left out: for each count `j` left out at the start, the least count `m` at the
 * end only falls as `j` grows (the body's start moves later), so two pointers find every
 * pair in O(n / 10). A body whose own ends (a long bar) still run wide is no body: the rule
 * looks at starts, and the view fits intervals. Prefers the fewest left out, then the
 * narrowest body.
 */
export function mainBody(index: TimelineIndex): MainBody | null {
	const { starts, ends, domain } = index;
	const n = starts.length;
	const few = Math.floor(n * FEW_SHARE);
	if (few === 0) return null;
	const limit = (domain[1] - domain[0]) * SQUASHED_SHARE;
	const last = (m: number) => starts[n - 1 - m]!;
	let best: { j: number; m: number } | null = null;
	let m = 0;
	for (let j = few; j >= 0; j--) {
		while (m <= few - j && last(m) - starts[j]! > limit) m++;
		if (m > few - j) continue;
		if (
			!best ||
			j + m < best.j + best.m ||
			(j + m === best.j + best.m && last(m) - starts[j]! < last(best.m) - starts[best.j]!)
		)
			best = { j, m };
	}
	if (!best || best.j + best.m === 0) return null;
	const { j, m: later } = best;
	let end = -Infinity;
	for (let i = j; i < n - later; i++) if (ends[i]! > end) end = ends[i]!;
	const body = fitDomain([{ start: starts[j]!, end }]);
	if (body[1] - body[0] > limit) return null;
	return { domain: body, earlier: j, later };
}

/**
 * What a view that holds the whole body but not every event says, as the words of a button
 * that fits everything: "1 earlier event: show all", "1 earlier and 2 later events: show
 * all". Null when there is no body, or the view shows everything or less than the body.
 */
export function bodyNote(
	body: MainBody | null,
	visible: readonly [number, number],
	domain: readonly [number, number]
): string | null {
	if (!body) return null;
	const [v0, v1] = visible;
	if (v0 > body.domain[0] || v1 < body.domain[1]) return null;
	const earlier = v0 > domain[0] ? body.earlier : 0;
	const later = v1 < domain[1] ? body.later : 0;
	if (earlier + later === 0) return null;
	const words = t().body;
	if (earlier && later) return fill(plural(words.both, later), { earlier: formatCount(earlier) });
	return earlier ? plural(words.earlier, earlier) : plural(words.later, later);
}
