import type { WhenInput } from '../story/types';
import { findMentions } from './mentions';
import { splitSentences } from './sentences';
import { proposeTitle } from './title';
import type { Draft, DraftInput, Mention, Proposal, TextRange } from './types';

/** Drafts a story from an article: its sentences, its date words, a proposal a sentence. */
export function draftArticle(input: DraftInput): Draft {
	const sentences = splitSentences(input.article);
	const mentions = findMentions(input, sentences);
	const bySentence = new Map<number, Mention[]>();
	for (const mention of mentions) {
		const list = bySentence.get(mention.sentence) ?? [];
		list.push(mention);
		bySentence.set(mention.sentence, list);
	}
	const ids = new Set<string>();
	const proposals: Proposal[] = [];
	sentences.forEach((sentence, index) => {
		const proposal = proposeSentence(input.article, sentence, bySentence.get(index) ?? [], ids);
		const previous = proposals.at(-1);
		const before = sentences[index - 1];
		const continues =
			before !== undefined && opensQuotation(input.article.slice(before.start, before.end));
		proposals.push(
			continues && proposal.role === 'context' && previous?.role === 'event' && previous.when
				? placedByPrevious(proposal, previous)
				: proposal
		);
	});
	return { input, sentences, mentions, proposals };
}

/** More opening than closing double quotes: the quotation runs on into the next sentence. */
function opensQuotation(sentence: string): boolean {
	const count = (pattern: RegExp) => sentence.match(pattern)?.length ?? 0;
	return count(/“/g) > count(/”/g);
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
			note: `The quotation continues from the sentence before, which “${previous.title}” dates.`
		},
		why: 'Inferred: no date words, but it continues a quotation opened in a dated sentence.'
	};
}

/** The stated date for found words; `direction` only where the words need it. */
export function statedWhen(mention: Mention): WhenInput {
	const when: WhenInput = { text: mention.words, basis: 'stated' };
	if (mention.direction) when.direction = mention.direction;
	return when;
}

const tenseNote = (mention: Mention): string =>
	mention.direction === 'past'
		? '; the sentence is in the past tense, so the last one before publication'
		: mention.direction === 'future'
			? '; the sentence looks ahead, so the next one after publication'
			: '';

/**
 * One proposal for one sentence. With date words the resolver places, an event dated by
 * the first of them (a deadline such as "by 2027" becomes its target when other words date
 * it); with date words it cannot place, an event left undated with the reason; with none,
 * context.
 */
export function proposeSentence(
	article: string,
	sentence: TextRange,
	mentions: Mention[],
	ids: Set<string>
): Proposal {
	const text = article.slice(sentence.start, sentence.end);
	const title = proposeTitle(
		text,
		mentions.map((mention) => mention.words)
	);
	const base = {
		id: uniqueId(title, ids),
		title,
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
	const dated = placed.find((mention) => !mention.deadline) ?? placed[0]!;
	const deadline = placed.find((mention) => mention.deadline && mention !== dated);
	const proposal: Proposal = {
		...base,
		role: 'event',
		when: statedWhen(dated),
		why: `Stated: “${dated.words}”${tenseNote(dated)}.`
	};
	if (deadline) {
		proposal.target = statedWhen(deadline);
		proposal.why += ` Its deadline, “${deadline.words}”, is the target.`;
	}
	return proposal;
}

/** A slug from the title, unique among `ids` (which it joins). */
export function uniqueId(title: string, ids: Set<string>): string {
	const slug =
		title
			.normalize('NFKD')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.split('-')
			.slice(0, 6)
			.join('-') || 'event';
	let id = slug;
	for (let n = 2; ids.has(id); n++) id = `${slug}-${n}`;
	ids.add(id);
	return id;
}
