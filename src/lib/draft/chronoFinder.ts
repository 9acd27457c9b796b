import { en } from 'chrono-node';
import type { TextRange } from './types';

/**
 * Date expressions chrono-node's British English parser finds (day before month), as offsets.
 * Only where the words are is taken from chrono: what they mean is left to the project's own
 * resolver, which places them honestly or says why it cannot. A comma or semicolon chrono
 * takes with the words ("March,") is left out of them.
 */
export function findChronoDates(text: string, reference: Date): TextRange[] {
	return en.GB.parse(text, reference).map((result) => ({
		start: result.index,
		end: result.index + result.text.replace(/[\s,;:]+$/, '').length
	}));
}
