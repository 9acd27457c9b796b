import type { WhenInput } from '../../story/storyInput';
import { TIMELINE_SOURCE_ID } from './context';

/** What a slide says of its date: its Display Date (or none), and its date fields as EDTF. */
export interface SlideDate {
	displayDate: string;
	expression: string;
}

/**
 * The date words a slide's block of the source text carries: its Display Date, or else its
 * date fields written out (as EDTF), the way TimelineJS shows a date on every slide.
 */
export function dateLine({ displayDate, expression }: SlideDate): string {
	return displayDate || expression;
}

/**
 * How an imported date is known: the file states it, in its date fields, so it is `stated`,
 * whether or not the slide also has a Display Date. Its words are the slide's date line
 * (quoted by the event), its expression always the date fields: a Display Date gives the
 * words a reader sees, never the precision.
 */
export function whenOf(date: SlideDate, fields: string, displayDateField: string): WhenInput {
	const words = date.displayDate
		? `the date words are its ${displayDateField}`
		: 'the date words are those fields, written out in the source text';
	return {
		text: dateLine(date),
		basis: 'stated',
		expression: date.expression,
		source: TIMELINE_SOURCE_ID,
		note: `${fields}; ${words}`
	};
}
