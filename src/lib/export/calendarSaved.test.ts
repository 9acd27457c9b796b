import { afterEach, describe, expect, it } from 'vitest';
import { setActive } from '$lib/i18n/active';
import { en } from '$lib/i18n/en';
import { exportWordsFor } from '$lib/i18n/exportWords';
import { exportWords } from '$lib/i18n/exporting/en';
import { DEFAULT_LOCALE, type Locale } from '$lib/i18n/locales';
import {
	calendarChoice,
	calendarStatus,
	MAX_CALENDAR_EVENTS,
	type CalendarSaved
} from './calendarSaved';

afterEach(() => setActive(DEFAULT_LOCALE, en));

/** An event over [start, end) as UTC days of January 2025 (`2025-01-<day>`). */
const event = (start: number, end = start + 1) => ({
	when: {
		startsAt: `2025-01-${String(start).padStart(2, '0')}T00:00:00.000Z`,
		endsAt: `2025-01-${String(end).padStart(2, '0')}T00:00:00.000Z`
	} as never
});
const day = (d: number) => Date.UTC(2025, 0, d);

describe('calendarChoice', () => {
	const events = [event(1), event(3, 5), event(10), event(20)];
	it.each([
		{ name: 'no plot: every event', range: null, kept: 4, byView: false },
		{ name: 'a view over all of them', range: [day(1), day(21)], kept: 4, byView: false },
		{
			name: 'a view of days 4 to 12 (a span reaching into it counts)',
			range: [day(4), day(12)],
			kept: 2,
			byView: true
		},
		{ name: 'a view between events', range: [day(12), day(15)], kept: 0, byView: true },
		{
			name: 'a view ending where an event starts',
			range: [day(15), day(20)],
			kept: 1,
			byView: true
		}
	] as const)('$name', ({ range, kept, byView }) => {
		const choice = calendarChoice(events, range);
		expect(choice.events).toHaveLength(kept);
		expect(choice).toMatchObject({ total: 4, bySearch: false, byView, capped: false });
	});

	it.each([
		{ name: 'a search that keeps 2 of 6, no plot', range: null, kept: 2, byView: false },
		{ name: 'a search and a view of days 4 to 12', range: [day(4), day(12)], kept: 1, byView: true }
	] as const)('$name', ({ range, kept, byView }) => {
		const matching = [event(3, 5), event(20)];
		const choice = calendarChoice(matching, range, 6);
		expect(choice.events).toHaveLength(kept);
		expect(choice).toMatchObject({ total: 6, bySearch: true, byView, capped: false });
	});

	it(`keeps the first ${MAX_CALENDAR_EVENTS} in view, in order`, () => {
		const many = Array.from({ length: MAX_CALENDAR_EVENTS + 5 }, () => event(2));
		const choice = calendarChoice(many, null);
		expect(choice.events).toEqual(many.slice(0, MAX_CALENDAR_EVENTS));
		expect(choice).toMatchObject({ total: MAX_CALENDAR_EVENTS + 5, byView: false, capped: true });
	});
});

describe('calendarStatus', () => {
	const none = { bySearch: false, byView: false, capped: false, outOfYears: 0 };
	it.each<[string, Locale, CalendarSaved, string]>([
		['all saved', 'en-GB', { ...none, saved: 11, total: 11 }, 'Saved 11 events to the calendar.'],
		['one saved', 'en-GB', { ...none, saved: 1, total: 1 }, 'Saved 1 event to the calendar.'],
		[
			'the view holds some',
			'en-GB',
			{ ...none, saved: 3, total: 11, byView: true },
			'Saved 3 of 11 events. The calendar holds the events in view.'
		],
		[
			'a search keeps some',
			'en-GB',
			{ ...none, saved: 2, total: 11, bySearch: true },
			'Saved 2 of 11 events. The calendar holds the events that match the search.'
		],
		[
			'a search and the view',
			'en-GB',
			{ ...none, saved: 1, total: 11, bySearch: true, byView: true },
			'Saved 1 of 11 events. The calendar holds the events in view that match the search.'
		],
		[
			'German, a search',
			'de',
			{ ...none, saved: 2, total: 11, bySearch: true },
			'2 von 11 Ereignissen gespeichert. Der Kalender enthält die Ereignisse, die zur Suche passen.'
		],
		[
			'a big story, capped',
			'en-GB',
			{ ...none, saved: 2000, total: 100_000, capped: true },
			'Saved 2,000 of 100,000 events. The calendar holds the first 2,000 events in view.'
		],
		[
			'years a calendar cannot write',
			'en-GB',
			{ ...none, saved: 9, total: 11, outOfYears: 2 },
			'Saved 9 of 11 events. 2 events are dated outside the years 1 to 9999, which a calendar cannot hold.'
		],
		[
			'the view and a year',
			'en-GB',
			{ ...none, saved: 2, total: 11, byView: true, outOfYears: 1 },
			'Saved 2 of 11 events. The calendar holds the events in view. 1 event is dated outside the years 1 to 9999, which a calendar cannot hold.'
		],
		[
			'French numbers',
			'fr',
			{ ...none, saved: 1234, total: 1234 },
			'1 234 événements enregistrés dans l’agenda.'
		],
		[
			'German, capped',
			'de',
			{ ...none, saved: 2000, total: 100_000, capped: true },
			'2.000 von 100.000 Ereignissen gespeichert. Der Kalender enthält die ersten 2.000 Ereignisse in der Ansicht.'
		],
		['Arabic, two', 'ar', { ...none, saved: 2, total: 2 }, 'حُفظ حدثان في التقويم.'],
		['Ukrainian, few', 'uk', { ...none, saved: 3, total: 3 }, 'Збережено 3 події до календаря.']
	])('%s (%s)', async (_, locale, saved, line) => {
		setActive(locale, en);
		const words = locale === DEFAULT_LOCALE ? exportWords : await exportWordsFor(locale);
		expect(calendarStatus(saved, words).replace(/\u202f|\u00a0/g, ' ')).toBe(line);
	});
});
