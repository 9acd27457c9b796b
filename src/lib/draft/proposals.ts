import { isPresentWords } from '../story/dates/presentWords';
import type { WhenInput } from '../story/storyInput';
import { clausesOf } from './clauses';
import { expressionOf } from './countedFrom';
import { ENGLISH_PACK } from './englishPack';
import type { LanguagePack } from './languagePack';
import { draftLanguageOf } from './languages';
import { findMentions, mentionsBySentence, wordsRead } from './mentions';
import { splitSentences } from './sentences';
import { MAX_SLUG, uniqueSlugs } from '../story/slug';
import { guessKind, type KindWords } from './kind';
import { proposeTitle } from './title';
import type { Draft, DraftInput, Mention, Proposal, TextRange } from './types';

/**
 * Drafts a story from an article: its sentences, its date words, a proposal a sentence (or a
 * clause, where a sentence tells two dated happenings: see clauses.ts). An article in another
 * language than English needs that language's pack, loaded first (`loadLanguagePack`).
 */
export function draftArticle(input: DraftInput, pack: LanguagePack = ENGLISH_PACK): Draft {
	// An unsupported tag is the input check's to report (checkInput.ts): here it has no words.
	const tag = input.language ?? 'en';
	if (draftLanguageOf(tag) !== pack.language) {
		throw new Error(`language: “${tag}” needs its own words; load them first (loadLanguagePack)`);
	}
	const { words } = pack;
	const sentences = splitSentences(input.article, words);
	const mentions = findMentions(input, sentences, pack);
	const quoteMarks = Object.entries(words.quotes).filter(([open, close]) => open !== close);
	const openers = new Set(quoteMarks.map(([open]) => open));
	const closers = new Set(quoteMarks.map(([, close]) => close));
	const bySentence = mentionsBySentence(mentions);
	const idFor = proposalIds();
	const proposals: Proposal[] = [];
	let quoting = false;
	sentences.forEach((sentence, index) => {
		const text = input.article.slice(sentence.start, sentence.end);
		const [first, ...more] = clausesOf(
			input.article,
			sentence,
			bySentence.get(index) ?? [],
			words
		).map((clause) =>
			proposeSentence(input.article, clause.range, clause.mentions, idFor, words.kinds)
		);
		const proposal = first!;
		const previous = proposals.at(-1);
		// A quotation runs on within its paragraph only: a new paragraph that goes on quoting
		// opens again with “ (« in French, „ in German), and is not taken for the same words.
		const gap = input.article.slice(sentences[index - 1]?.end ?? 0, sentence.start);
		const firstMark = [...text].find((char) => openers.has(char) || closers.has(char));
		const runsOn = quoting && !gap.includes('\n') && !(firstMark && openers.has(firstMark));
		proposals.push(
			runsOn && proposal.role === 'context' && previous?.role === 'event' && previous.when
				? placedByPrevious(proposal, previous)
				: proposal,
			...more
		);
		quoting = stillQuoting(runsOn, text, openers, closers);
	});
	return { input, sentences, mentions, proposals };
}

/** Whether a quotation (“…”) is still open after `sentence`, given whether one was before it. */
function stillQuoting(
	open: boolean,
	sentence: string,
	openers: Set<string>,
	closers: Set<string>
): boolean {
	let inside = open;
	for (const char of sentence) {
		if (openers.has(char)) inside = true;
		else if (closers.has(char)) inside = false;
	}
	return inside;
}

/**
 * A sentence without date words inside a quotation that a dated sentence opened: the same
 * words spoken at the same time, so an event dated by that one (inferred, with the reason).
 */
function placedByPrevious(proposal: Proposal, previous: Proposal): Proposal {
	return {
		...proposal,
		role: 'event',
		when: {
			text: null,
			basis: 'inferred',
			sameAs: previous.id,
			note: 'A quotation opened in a dated sentence before this one runs on into it: the same words, spoken at the same time.'
		},
		why: 'Inferred: no date words, but it continues a quotation opened in a dated sentence.'
	};
}

/**
 * The stated date for found words; `direction` only where the words need it, and a `note`
 * where the reading takes something for granted (a fiscal year's start, a hemisphere).
 */
export function statedWhen(mention: Mention): WhenInput {
	if (mention.countedFrom && mention.date) {
		return {
			text: mention.words,
			basis: 'inferred',
			expression: expressionOf(mention.date),
			note: `Counted from “${mention.countedFrom}”, the date before it in the same paragraph.`
		};
	}
	if (mention.refersTo && mention.date) {
		return {
			text: mention.words,
			basis: 'inferred',
			expression: expressionOf(mention.date),
			note: `Taken to be “${mention.refersTo}”, the quarter the article named before it.`
		};
	}
	const when: WhenInput = { text: mention.words, basis: 'stated' };
	if (mention.reading) when.expression = mention.reading;
	if (mention.direction) when.direction = mention.direction;
	if (mention.assumption) when.note = mention.assumption;
	return when;
}

const tenseNote = (mention: Mention): string =>
	mention.direction === 'past'
		? '; the sentence is in the past tense, so the last one, on or before publication'
		: mention.direction === 'future'
			? '; the sentence looks ahead, so the next one, on or after publication'
			: '';

/** What the event points to: a deadline, or a date looked ahead to in reported speech. */
const isTarget = (mention: Mention): boolean => mention.deadline || mention.toldIn !== undefined;

/**
 * The placed words that date the event and those it points to. Words such as "now" and
 * "recently" date it only when nothing else does; a deadline alone dates it ("will be done by
 * 2027"); but a date looked ahead to in reported speech never dates the past telling of it:
 * then the event has a target and no date.
 */
function chooseDates(placed: Mention[]): { dated: Mention | null; target: Mention | null } {
	const own = placed.filter((mention) => !isTarget(mention));
	const dated =
		own.find((mention) => !isPresentWords(wordsRead(mention))) ??
		own[0] ??
		(placed.some((mention) => mention.toldIn) ? null : placed[0]!);
	const target = placed.find((mention) => isTarget(mention) && mention !== dated) ?? null;
	return { dated, target };
}

/** Ids for proposals: up to six words of the title, unique among `taken`; `event` without any. */
export function proposalIds(taken: Iterable<string> = []): (title: string) => string {
	// Room left for the "-2", "-3"… that tells repeats apart.
	const ids = uniqueSlugs({ taken, words: 6, length: MAX_SLUG - 10 });
	return (title) => ids(title, 'event');
}

/**
 * One proposal for one sentence. With date words the resolver places, an event dated by
 * the first of them (a deadline such as "by 2027" becomes its target when other words date
 * it); with date words it cannot place, an event left undated with the reason; with none,
 * context. Its kind is by `kinds`, the words of the article's language.
 */
export function proposeSentence(
	article: string,
	sentence: TextRange,
	mentions: Mention[],
	idFor: (title: string) => string,
	kinds: KindWords
): Proposal {
	const text = article.slice(sentence.start, sentence.end);
	const title = proposeTitle(
		text,
		mentions.map(({ start, end }) => ({ start: start - sentence.start, end: end - sentence.start }))
	);
	const base = {
		id: idFor(title),
		title,
		kind: guessKind(text, kinds),
		status: 'proposed' as const,
		excerpts: [sentence]
	};
	if (mentions.length === 0) {
		return { ...base, role: 'context', when: null, why: 'No date words in this sentence.' };
	}
	const placed = mentions.filter((mention) => mention.date !== null);
	if (placed.length === 0) {
		const reasons = mentions.map((mention) => `“${mention.words}”: ${mention.reason}`);
		return { ...base, role: 'event', when: null, why: `Not placed. ${reasons.join('; ')}` };
	}
	const { dated, target } = chooseDates(placed);
	if (!dated) {
		return {
			...base,
			role: 'event',
			when: null,
			target: statedWhen(target!),
			why: `Not dated: the sentence tells in the past (“${target!.toldIn}”) of what is to come, so “${target!.words}” is the target, and no words say when the happening itself was.`
		};
	}
	const proposal: Proposal = {
		...base,
		role: 'event',
		when: statedWhen(dated),
		why: dated.countedFrom
			? `Inferred: “${dated.words}”, counted from “${dated.countedFrom}”.`
			: dated.refersTo
				? `Inferred: “${dated.words}”, taken to be “${dated.refersTo}”.`
				: `Stated: “${dated.words}”${tenseNote(dated)}.`
	};
	if (target) {
		proposal.target = statedWhen(target);
		proposal.why += target.deadline
			? ` Its deadline, “${target.words}”, is the target.`
			: ` “${target.words}”, looked ahead to in what was said, is the target.`;
	}
	return proposal;
}
