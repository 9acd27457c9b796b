import { fold } from './fold';

/** The longest search text read; more is ignored (a search stays linear in the story). */
export const MAX_QUERY_LENGTH = 200;
/** The most words a search looks for. */
export const MAX_TERMS = 12;

/**
 * The words a search looks for, folded: split on spaces, a "quoted phrase" kept whole, each
 * word once. Every word must occur in an event (anywhere in its text) for it to match.
 */
export function queryTerms(text: string): string[] {
	const terms: string[] = [];
	for (const [, phrase, word] of text.slice(0, MAX_QUERY_LENGTH).matchAll(/"([^"]*)"?|(\S+)/g)) {
		const term = fold((phrase ?? word ?? '').trim().replace(/\s+/g, ' '));
		if (term && !terms.includes(term)) terms.push(term);
		if (terms.length === MAX_TERMS) break;
	}
	// A word inside another adds nothing: `min` is found wherever `minerals` is.
	return terms.filter((t) => !terms.some((other) => other !== t && other.includes(t)));
}

/** True when every event matching `next` also matches `previous`: a search can narrow the last. */
export function narrows(previous: string[], next: string[]): boolean {
	return previous.every((p) => next.some((t) => t.includes(p)));
}
