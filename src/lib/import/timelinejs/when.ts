import { formatDatePart } from '../../format/when';
import type { WhenInput } from '../../story/storyInput';
import { TIMELINE_SOURCE_ID } from './context';

/** What a slide says of its date: its Display Date (or none), and its date fields as EDTF. */
export interface SlideDate {
	displayDate: string;
	expression: string;
}

/**
 * The date words a slide's block of the source text carries: its Display Date, or else its
 * date fields written out (as EDTF), the way TimelineJS shows a date on every slide; a BCE,
 * early or long year, which EDTF writes in ISO 8601's count (`-0043`, `0476`, `Y-169999`),
 * in words ("44 BC", "476", "170,000 BC").
 */
export function dateLine({ displayDate, expression }: SlideDate): string {
	if (displayDate) return displayDate;
	const ends = expression.split('/');
	if (!ends.some((end) => /^(?:-|Y|0)/.test(end))) return expression;
	return ends.map((end) => formatDatePart(end.replace(/^Y/, ''), 'UTC')).join(' – ');
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
