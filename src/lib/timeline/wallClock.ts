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

const DAY = 86_400_000;
/** Per zone, a UTC day -> its offset when it is the same all day, or null when it changes. */
const dayOffsets = new Map<string, Map<number, number | null>>();

/**
 * The zone's offset from UTC at `instant`, in milliseconds (UTC+8 is +8 h). Intl is slow
 * (a story of 100,000 events asks 200,000 times), so a UTC day whose first and last
 * milliseconds share an offset keeps it for the whole day: no zone changes its clocks
 * twice in one day. On a day of change each instant is read from Intl.
 */
function zoneOffset(timeZone: string, instant: number): number {
	if (!Number.isFinite(instant)) return NaN;
	let days = dayOffsets.get(timeZone);
	if (!days || days.size >= 100_000) {
		if (dayOffsets.size >= 100) dayOffsets.clear(); // Bounded, whatever a story holds.
		days = new Map();
		dayOffsets.set(timeZone, days);
	}
	const day = Math.floor(instant / DAY);
	let offset = days.get(day);
	if (offset === undefined) {
		const first = intlOffset(timeZone, day * DAY);
		offset = first === intlOffset(timeZone, day * DAY + DAY - 1) ? first : null;
		days.set(day, offset);
	}
	return offset ?? intlOffset(timeZone, instant);
}

/**
 * The zone's offset at `instant`, read from Intl's `longOffset` name. NaN for an unknown
 * zone or an invalid instant.
 */
function intlOffset(timeZone: string, instant: number): number {
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
