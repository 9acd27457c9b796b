import { describe, expect, it } from 'vitest';
import { fieldLabel } from './fieldLabel';

describe('fieldLabel: a problem named by the control that fixes it', () => {
	it.each([
		['events[0].when.note', 'Note (why this date)'],
		['events[12].when.expression', 'Date expression'],
		['events[3].title', 'Title'],
		['events[3].place.timeZone', 'Time zone of the place'],
		['events[3].target.expression', 'target.expression'],
		['sources[0].publisher', 'sources[0].publisher']
	])('%s → %s', (field, label) => {
		expect(fieldLabel(field)).toBe(label);
	});
});
