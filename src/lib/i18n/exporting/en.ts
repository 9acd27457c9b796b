import type { Plural } from '../en';

/**
 * The Export menu's words in British English, loaded with the menu (see ../exportWords.ts),
 * and the social card's, which the server draws and describes with them: the reference
 * every other language's file follows.
 */
export const exportWords = {
	menu: 'Export the story',
	png: 'Image, 1200 × 675 (PNG)',
	square: 'Square image, 1080 × 1080 (PNG)',
	svg: 'The view as a picture (SVG)',
	ics: 'Calendar (iCalendar)',
	csv: 'TimelineJS spreadsheet (CSV)',
	json: 'Story data (JSON)',
	within: 'Some time within these dates, not lasting throughout.',
	sources: 'Sources: {list}',
	/** The social card's alternative text (og:image:alt). */
	cardAlt: 'The timeline of “{title}”, with its sources',
	partial: {
		one: 'This view shows {shown} of the story’s {n} event',
		other: 'This view shows {shown} of the story’s {n} events'
	} as Plural,
	calendarSaved: {
		one: 'Saved {n} event to the calendar.',
		other: 'Saved {n} events to the calendar.'
	} as Plural,
	calendarSavedOf: {
		one: 'Saved {saved} of {n} event.',
		other: 'Saved {saved} of {n} events.'
	} as Plural,
	calendarInView: 'The calendar holds the events in view.',
	calendarMatching: 'The calendar holds the events that match the search.',
	calendarMatchingInView: 'The calendar holds the events in view that match the search.',
	calendarFirst: {
		one: 'The calendar holds the first {n} event in view.',
		other: 'The calendar holds the first {n} events in view.'
	} as Plural,
	calendarYears: {
		one: '{n} event is dated outside the years 1 to 9999, which a calendar cannot hold.',
		other: '{n} events are dated outside the years 1 to 9999, which a calendar cannot hold.'
	} as Plural,
	failed: 'The export failed: {error}'
};

export default exportWords;
