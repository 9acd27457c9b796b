/** True when `zone` is an IANA time zone name the runtime knows (`Europe/London`, `UTC`). */
export function isValidTimeZone(zone: string): boolean {
	if (zone.trim() === '') return false;
	try {
		new Intl.DateTimeFormat(undefined, { timeZone: zone });
		return true;
	} catch {
		return false;
	}
}

export function unknownTimeZoneMessage(zone: string): string {
	return `Unknown time zone "${zone}"; expected an IANA name such as "Europe/London" or "America/New_York"`;
}
