import { t } from '$lib/i18n/active';
import type { DateModifier, DateQualifier } from '$lib/story/types';

/**
 * The signs drawn beside a mark whose date is not a plain date, as EDTF writes them: `~`
 * approximate, `?` uncertain (both: `?~`), and an open end: `‹` by the date (a deadline,
 * `../1985`), `›` the date or after (`1985/..`). Empty for a plain date. Drawn only: the
 * mark's accessible name says the same in words ("c. 1815", "after 1985").
 */
export function dateSigns(event: { modifier?: DateModifier; qualifier?: DateQualifier }): string {
	const open = event.modifier === 'before' ? '‹' : event.modifier === 'after' ? '›' : '';
	const doubt =
		event.qualifier === 'approximate'
			? '~'
			: event.qualifier === 'uncertain'
				? '?'
				: event.qualifier === 'uncertain-approximate'
					? '?~'
					: '';
	return `${open}${doubt}`;
}

/** What each sign means, for the legend, in the order it lists them. */
export function dateSignLabels(): { sign: string; label: string }[] {
	const words = t().legend;
	return [
		{ sign: '~', label: words.approximate },
		{ sign: '?', label: words.uncertain },
		{ sign: '‹', label: words.byDate },
		{ sign: '›', label: words.orAfter }
	];
}
