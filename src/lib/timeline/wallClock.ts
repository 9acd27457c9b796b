/**
 * The axis is drawn in the story's display zone, whatever the reader's own zone is.
 * d3's UTC scale and ticks are zone-free, so we feed them "wall-clock" milliseconds:
 * an instant shifted by its zone offset, whose UTC fields read as the local time there.
 * Around a daylight-saving change the wall clock repeats or skips an hour; for a
 * timeline of days that is the honest picture of what clocks showed.
 */
export function toWallClock(instant: number, timeZone: string): number {
	return instant + zoneOffset(timeZone, instant);
}

/**
 * The instant a wall-clock time stands for: the inverse of toWallClock. In a repeated hour
 * it is one of the two: the second in zones east of Greenwich (London: the GMT one), the
 * first in zones west of it (New York: the daylight-time one).
 */
export function fromWallClock(wall: number, timeZone: string): number {
	const guess = wall - zoneOffset(timeZone, wall);
	return wall - zoneOffset(timeZone, guess);
}

/** One formatter per zone: building an Intl.DateTimeFormat costs far more than using one. */
const offsetFormats = new Map<string, Intl.DateTimeFormat>();
/** `GMT`, `GMT+05:30`, `GMT-00:01:15` (a zone's local mean time before standard time). */
const LONG_OFFSET = /GMT(?:([+-])(\d\d):(\d\d)(?::(\d\d))?)?$/;

/**
 * The zone's offset from UTC at `instant`, in milliseconds (UTC+8 is +8 h), read from
 * Intl's `longOffset` name. NaN for an unknown zone or an invalid instant.
 */
function zoneOffset(timeZone: string, instant: number): number {
	let format = offsetFormats.get(timeZone);
	try {
		if (!format) {
			format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
			if (offsetFormats.size >= 100) offsetFormats.clear(); // Bounded, whatever a story holds.
			offsetFormats.set(timeZone, format);
		}
		const match = LONG_OFFSET.exec(format.format(instant));
		if (!match) return NaN;
		const [, sign, hours = '0', minutes = '0', seconds = '0'] = match;
		const size = (Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds)) * 1000;
		return sign === '-' ? -size : size;
	} catch {
		return NaN;
	}
}
