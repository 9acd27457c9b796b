import { utcDay, utcHour } from 'd3';
import { formatWallDay, formatWallTime } from '$lib/timeline/tickFormat';

const hour = 3_600_000;

/**
 * What a screen reader hears after a zoom: the visible wall-clock range, in the words of
 * the axis. A day counts as shown when more than half of it is, so the half day of air
 * either side of a fitted view does not add a day nobody can see. Views under two days
 * name hours instead: "Showing Thu 27 Feb 06:00 – 18:00".
 */
export function visibleRangeAnnouncement(start: Date, end: Date): string {
	if (end.getTime() - start.getTime() < 48 * hour) {
		const from = utcHour.round(start);
		const to = utcHour.round(end);
		const sameDay =
			utcDay.floor(from).getTime() === utcDay.floor(new Date(to.getTime() - 1)).getTime();
		const toText = sameDay ? formatWallTime(to) : `${formatWallDay(to)} ${formatWallTime(to)}`;
		return `Showing ${formatWallDay(from)} ${formatWallTime(from)} – ${toText}`;
	}
	const firstDay = utcDay.floor(new Date(start.getTime() + 12 * hour));
	const lastDay = utcDay.floor(new Date(end.getTime() - 12 * hour - 1));
	return `Showing ${formatWallDay(firstDay)} – ${formatWallDay(lastDay)}`;
}

function passages(count: number): string {
	return `${count} passage${count === 1 ? '' : 's'} highlighted`;
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
	return focusMoved
		? `Source opened, ${passages(passageCount)}.`
		: `Opened ${title}, ${passages(passageCount)}.`;
}

export const closedAnnouncement = 'Source closed.';
