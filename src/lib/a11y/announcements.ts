import { t } from '$lib/i18n/active';
import { fill, plural } from '$lib/i18n/plural';

// What a screen reader hears when an event opens and closes (after a zoom: rangeAnnouncement.ts).

function passages(count: number): string {
	return plural(t().announce.passages, count);
}

/**
 * What a screen reader hears when an event opens. When focus moves to the panel's heading
 * the reader already speaks the title, so the announcement does not repeat it.
 */
export function openedAnnouncement(
	title: string,
	passageCount: number,
	focusMoved: boolean
): string {
	const words = t().announce;
	const values = { title, passages: passages(passageCount) };
	return fill(focusMoved ? words.openedFocus : words.opened, values);
}

/** What a screen reader hears when the source closes. */
export function closedAnnouncement(): string {
	return t().announce.closed;
}
