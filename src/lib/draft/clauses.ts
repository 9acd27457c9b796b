import { isPresentWords } from '../story/dates/presentWords';
import { ENGLISH_WORDS } from './englishWords';
import { everyMatch, type LanguageWords } from './languageWords';
import { firstPastVerb } from './tense';
import type { Mention, TextRange } from './types';

const hasVerb = (text: string, words: LanguageWords) =>
	firstPastVerb(text, words) !== null || words.future.test(text);

/** Words that date a happening of their own: placed, no target, not "now" or "recently". */
const ownDate = (mention: Mention) =>
	mention.date !== null &&
	!mention.deadline &&
	!mention.toldIn &&
	!isPresentWords(mention.reading ?? mention.words);

export interface Clause {
	range: TextRange;
	mentions: Mention[];
}

/**
 * A sentence cut into the clauses that each tell a dated happening of their own, with their
 * mentions: where two such dates differ and a boundary between them starts a clause with its
 * own verb (and each side has one), the sentence is cut at the last such boundary between
 * them ("flew to Washington on Wednesday and met Donald Trump on Thursday"; a comma alone
 * does not, nor an attribution: "…, and officials said Sunday"). Otherwise the whole
 * sentence, as one. Linear in the sentence's length.
 */
export function clausesOf(
	article: string,
	sentence: TextRange,
	mentions: Mention[],
	words: LanguageWords = ENGLISH_WORDS
): Clause[] {
	const own = mentions.filter(ownDate);
	const cuts: [number, number][] = [];
	let from = sentence.start;
	for (let i = 1; i < own.length; i++) {
		const [a, b] = [own[i - 1]!, own[i]!];
		if (a.date!.startsAt === b.date!.startsAt && a.date!.endsAt === b.date!.endsAt) continue;
		const between = article.slice(a.end, b.start);
		const boundary = [...between.matchAll(everyMatch(words.clauseBoundary))].at(-1);
		if (!boundary) continue;
		const cutAt = a.end + boundary.index;
		const resumeAt = cutAt + boundary[0].length;
		const before = article.slice(from, cutAt);
		const after = article.slice(resumeAt, sentence.end);
		if (!hasVerb(before, words) || !hasVerb(after, words) || words.attribution.test(after)) {
			continue;
		}
		cuts.push([cutAt, resumeAt]);
		from = resumeAt;
	}
	if (cuts.length === 0) return [{ range: sentence, mentions }];
	const ranges: TextRange[] = [];
	let start = sentence.start;
	for (const [cutAt, resumeAt] of cuts) {
		ranges.push({ start, end: cutAt });
		start = resumeAt;
	}
	ranges.push({ start, end: sentence.end });
	return ranges.map((range) => ({ range, mentions: mentionsWithin(mentions, range) }));
}

/** The mentions inside `range`. */
export function mentionsWithin(mentions: Mention[], { start, end }: TextRange): Mention[] {
	return mentions.filter((mention) => mention.start >= start && mention.end <= end);
}
