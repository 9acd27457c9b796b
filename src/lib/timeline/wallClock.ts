import { tzOffset } from '@date-fns/tz';

/**
 * The axis is drawn in the story's display zone, whatever the reader's own zone is.
 * d3's UTC scale and ticks are zone-free, so we feed them "wall-clock" milliseconds:
 * an instant shifted by its zone offset, whose UTC fields read as the local time there.
 * Around a daylight-saving change the wall clock repeats or skips an hour; for a
 * timeline of days that is the honest picture of what clocks showed.
 */
export function toWallClock(instant: number, timeZone: string): number {
	return instant + tzOffset(timeZone, new Date(instant)) * 60_000;
}

/**
 * The instant a wall-clock time stands for: the inverse of toWallClock (in a repeated
 * hour, the first of the two).
 */
export function fromWallClock(wall: number, timeZone: string): number {
	const guess = wall - tzOffset(timeZone, new Date(wall)) * 60_000;
	return wall - tzOffset(timeZone, new Date(guess)) * 60_000;
}
