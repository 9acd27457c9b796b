import { describe, expect, it } from 'vitest';
import { publicationDay } from './publicationDay';

describe('publicationDay', () => {
	it.each([
		['2025-02-27', 'Europe/London', '2025-02-27'],
		['2025-02-27', 'Pacific/Kiritimati', '2025-02-27'],
		['2025-02-27T01:30:00Z', 'Europe/London', '2025-02-27'],
		// Half past one in the morning in London is still the evening before in New York.
		['2025-02-27T01:30:00Z', 'America/New_York', '2025-02-26'],
		['2025-02-27T23:30:00-05:00', 'Asia/Tokyo', '2025-02-28'],
		['27 February 2025', 'Europe/London', null],
		['2025-02-30', 'Europe/London', null],
		['2025-02-27T09:00', 'Europe/London', null]
	])('%s in %s is %s', (date, timeZone, day) => {
		expect(publicationDay({ date, timeZone })).toBe(day);
	});
});
