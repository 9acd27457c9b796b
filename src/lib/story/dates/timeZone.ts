/** Zones already checked, so each distinct name costs one `Intl.DateTimeFormat`, not one per call. */
const checked = new Map<string, boolean>();

/** True when `zone` is an IANA time zone name the runtime knows (`Europe/London`, `UTC`). */
export function isValidTimeZone(zone: string): boolean {
	const known = checked.get(zone);
	if (known !== undefined) return known;
	let valid = zone.trim() !== '';
	if (valid) {
		try {
			new Intl.DateTimeFormat(undefined, { timeZone: zone });
		} catch {
			valid = false;
		}
	}
	if (checked.size >= 1000) checked.clear(); // Bounded, whatever a hostile file holds.
	checked.set(zone, valid);
	return valid;
}
