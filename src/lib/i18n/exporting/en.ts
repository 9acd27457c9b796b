import type { Plural } from '../en';

/**
 * The Export menu's words in British English, loaded with the menu (see ../exportWords.ts):
 * the reference every other language's file follows.
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
	partial: {
		one: 'This view shows {shown} of the story’s {n} event',
		other: 'This view shows {shown} of the story’s {n} events'
	} as Plural,
	failed: 'The export failed: {error}'
};

export default exportWords;
