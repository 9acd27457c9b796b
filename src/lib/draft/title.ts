import { MAX_NAME } from '../story/schemaParts';
import type { TextRange } from './types';

const LEADING_LINK = /^(?:and|but|so|although|while|meanwhile|however|then),?\s+/i;
const CLAUSE_END = /[,;:–—(“"]/;
const MAX_WORDS = 9;
/** Words a shortened title does not end on: it would read as cut off. */
const DANGLING =
	/\s+(?:a|an|the|and|or|but|of|to|in|on|at|by|for|with|from|as|that|his|her|its|their|our|my|is|was|were|are|be|has|had|have|will|would|could|should|can|may|who|which|where|when)$/i;

/** The sentence without the words at `cuts` (offsets into it, in order, not overlapping). */
function without(sentence: string, cuts: TextRange[]): string {
	let kept = '';
	let from = 0;
	for (const { start, end } of cuts) {
		kept += `${sentence.slice(from, start)} `;
		from = end;
	}
	return kept + sentence.slice(from);
}

/**
 * A proposed title from a sentence: its date words (at `dateWords`, offsets into the
 * sentence) taken out where they stand, a leading "And"/"But" dropped,
 * cut at the first clause break after three words and kept to nine words, ending on a whole
 * word that does not leave the phrase hanging ("decided to" ends at "decided"), with no "…":
 * a title a person would keep. A proposal only,
 * for the editor to rename; every word in it is the article's.
 */
export function proposeTitle(sentence: string, dateWords: TextRange[]): string {
	const text = without(sentence, dateWords)
		.replace(/\s+/g, ' ')
		.replace(/ ([,;:.!?])/g, '$1')
		.trim()
		// Date words that opened the sentence leave its comma behind ("Hier, la police…").
		.replace(/^[,;:–—-]\s*/, '')
		.replace(LEADING_LINK, '');
	const words = text.split(' ');
	const kept: string[] = [];
	let clauseEnded = false;
	for (const word of words) {
		const cut = word.search(CLAUSE_END);
		if (cut === 0 && kept.length >= 3) {
			clauseEnded = true;
			break;
		}
		if (cut > 0 && kept.length >= 2) {
			kept.push(word.slice(0, cut));
			clauseEnded = true;
			break;
		}
		if (kept.length === MAX_WORDS) break;
		kept.push(word);
	}
	let title = kept.join(' ').replace(/[\s.,;:!?–—-]+$/, '');
	if (!clauseEnded && kept.length < words.length) {
		while (DANGLING.test(title)) title = title.replace(DANGLING, '');
	}
	// A quotation the title opens but does not close loses its opening mark.
	const count = (mark: string) => title.split(mark).length - 1;
	if (count('“') > count('”')) title = title.replace('“', '');
	title = title.charAt(0).toUpperCase() + title.slice(1) || 'Untitled';
	// Nine words of an article that runs its words together can still be too long for a title.
	return title.length <= MAX_NAME ? title : [...title.slice(0, MAX_NAME)].slice(0, -1).join('');
}
