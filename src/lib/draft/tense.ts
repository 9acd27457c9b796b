import type { Tense } from './types';

const CLOSER: Record<string, string> = { '“': '”', '"': '"' };

/**
 * The closed quotations ("…" or “…”) of a sentence, as [start, end) offsets with their marks,
 * in one pass: a closing mark is searched for once per opening one that is closed, and once
 * per kind that is not.
 */
export function quotationSpans(sentence: string): [number, number][] {
	const spans: [number, number][] = [];
	const unclosed = new Set<string>();
	for (let i = 0; i < sentence.length; i++) {
		const closer = CLOSER[sentence[i]!];
		if (!closer || unclosed.has(closer)) continue;
		const end = sentence.indexOf(closer, i + 1);
		if (end === -1) unclosed.add(closer);
		else {
			spans.push([i, end + 1]);
			i = end;
		}
	}
	return spans;
}

/** The sentence with each closed quotation blanked, offsets kept. */
export function withoutQuotations(sentence: string): string {
	let own = '';
	let at = 0;
	for (const [start, end] of quotationSpans(sentence)) {
		own += `${sentence.slice(at, start)}${' '.repeat(end - start)}`;
		at = end;
	}
	return own + sentence.slice(at);
}

export const FUTURE =
	/\b(?:will|won[’']t|shall|could|might|going to|(?:is|are) set (?:to|for)|(?:is|are) due to|(?:is|are) expected to|plans? to|intends? to)\b|[’']ll\b/i;
/** Irregular past forms that are no present forms too (not "cut", "put", "set", "hit", "read"). */
export const PAST_WORD =
	/\b(?:was|were|had|did|didn[’']t|wasn[’']t|weren[’']t|hadn[’']t|said|told|came|went|met|made|gave|took|spoke|saw|began|left|won|lost|got|held|ago|rose|fell|grew|sold|bought|paid|led|ran|became|brought|built|chose|drew|drove|fought|found|flew|kept|knew|sent|shook|shot|sank|stood|stole|struck|taught|thought|threw|wrote|sought|fled|dealt|felt|heard|withdrew|swept|broke|caught|forgot|froze|hung|meant|overtook|sprang|spent|stuck|swore|tore|underwent|upheld|woke|wore|wound|arose|bore|fed|lent|slid|slept|swung|sat|sang|rang)\b/i;
/** A participle after a present or future "be" (will be reviewed, is closed): no past verb. */
const PASSIVE = /\b(?:be|been|being|is|are|am)\s+[a-z]{2,}ed\b/gi;
/** Words ending in -ed that are no past verbs. */
const NOT_PAST =
	/^(?:need|feed|seed|speed|breed|proceed|exceed|succeed|bleed|indeed|united|shed|red|bed|wed|embed)$/i;

/**
 * Which way the sentence's own verbs point, quotations left out: `future` with a future
 * marker (will, shall, ’ll, going to, set to/for, due to, expected to, plans to) and no past
 * verb; `past` with a past verb (a common irregular one, or a word ending in -ed) and no
 * future marker; otherwise `unknown`. Deliberately simple: it only chooses between the last
 * and the next occurrence of words such as "on Monday", and the editor sees the choice.
 */
export function sentenceTense(sentence: string): Tense {
	const own = withoutQuotations(sentence);
	const future = FUTURE.test(own);
	const past = firstPastVerb(own) !== null;
	if (future && !past) return 'future';
	if (past && !future) return 'past';
	return 'unknown';
}

/** A word with a capital after the text's first word is a name ("the Fed", "Fred"), no verb. */
const isNoName = (match: RegExpExecArray | RegExpMatchArray) =>
	match.index === 0 || !/^[A-Z]/.test(match[0]);

/**
 * The first past verb of `text` (a common irregular one, or a word ending in -ed that is no
 * participle after a present "be", nor a name: "the Fed", "Fred"), with its offset, or null.
 */
export function firstPastVerb(text: string): { word: string; index: number } | null {
	const irregular = [...text.matchAll(new RegExp(PAST_WORD.source, 'gi'))].find(isNoName);
	const regular = [
		...text.replace(PASSIVE, (passive) => ' '.repeat(passive.length)).matchAll(/\b[a-z]{2,}ed\b/gi)
	].find((match) => !NOT_PAST.test(match[0]) && isNoName(match));
	const first = [irregular, regular]
		.filter((match) => match != null)
		.sort((a, b) => a.index - b.index)[0];
	return first ? { word: first[0], index: first.index } : null;
}
