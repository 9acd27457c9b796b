import type { WhenInput } from '../../story/types';
import { TIMELINE_SOURCE_ID } from './context';

/**
 * How an imported date is known. The file states it, in its date fields; its words state it
 * only where the slide has a display date, which the event then quotes: `stated`. Without
 * one the slide has no date words, and a `stated` date must have them, so it is `inferred`
 * with a note saying the date is the file's own fields, not a reading of the narrative.
 */
export function whenOf(displayDate: string, expression: string, fields: string): WhenInput {
	if (displayDate)
		return {
			text: displayDate,
			basis: 'stated',
			expression,
			source: TIMELINE_SOURCE_ID,
			note: fields
		};
	return {
		text: null,
		basis: 'inferred',
		expression,
		source: TIMELINE_SOURCE_ID,
		note: `${fields}; the slide has no date words`
	};
}
