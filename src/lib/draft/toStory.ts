import { STORY_FORMAT } from '../story/storyFormat';
import type { ContextInput, EventInput, StoryInput } from '../story/storyInput';
import type { Excerpt } from '../story/types';
import { anchorQuote } from '../story/anchorQuote';
import { firstLine, proposedSummary } from './storyDefaults';
import type { Draft, Proposal, TextRange } from './types';

export const SOURCE_ID = 'article';

export interface StoryOptions {
	id: string;
	title: string;
	/** `accepted`: only what the editor accepted; `proposed`: everything not rejected. */
	include: 'accepted' | 'proposed';
	/** Put events that have no date yet in `context`, with the reason, instead of dropping them. */
	undatedAsContext: boolean;
	/** The story's summary; by default the article's first sentence after its headline. */
	summary?: string;
	/** The source's title; by default the article's first line ('' for none). */
	headline?: string;
}

/** The event's summary: the editor's, else the words of the sentence it quotes. */
export function summaryOf(proposal: Proposal, article: string): string {
	const own = proposal.summary?.trim();
	if (own) return own;
	const { start, end } = proposal.excerpts[0]!;
	return article.slice(start, end).trim().replace(/\s+/g, ' ');
}

/**
 * The quote of the article at `range`, as a published story carries it: the words, the text
 * around them, and their offsets. The loader checks the words at those offsets instead of
 * searching the article for them, so a draft of any length loads in time linear in it, and a
 * sentence that recurs is still the one the editor chose.
 */
export function quoteAt(article: string, { start, end }: TextRange): Excerpt {
	const exact = article.slice(start, end);
	const anchored = anchorQuote(article, { source: SOURCE_ID, exact, start, end });
	if (!anchored.ok) throw new Error(`No quote at ${start}–${end}: ${anchored.message}`);
	const { prefix, suffix } = anchored.excerpt;
	return { source: SOURCE_ID, exact, prefix, suffix, start, end };
}

/** The draft as a story file (format 2), quoting the article byte for byte. */
export function draftToStory(draft: Draft, options: StoryOptions): StoryInput {
	const { article, published, timeZone } = draft.input;
	const language = draft.input.language?.trim() || 'en';
	const publisher = draft.input.publisher.trim();
	const included = (proposal: Proposal) =>
		options.include === 'accepted'
			? proposal.status === 'accepted'
			: proposal.status !== 'rejected';
	const events: EventInput[] = [];
	const context: ContextInput[] = [];
	for (const proposal of draft.proposals) {
		if (!included(proposal)) continue;
		const quotes = proposal.excerpts.map((range) => quoteAt(article, range));
		if (proposal.role === 'event' && proposal.when) {
			const event: EventInput = {
				id: proposal.id,
				title: proposal.title,
				summary: summaryOf(proposal, article),
				kind: proposal.kind ?? 'other',
				actors: [],
				// Without a place, its days are counted in the story's display zone, the publication's.
				...(proposal.place && { place: proposal.place }),
				when: proposal.when,
				excerpts: quotes
			};
			if (proposal.target) event.target = proposal.target;
			events.push(event);
		} else if (proposal.role === 'context' || options.undatedAsContext) {
			for (const quote of quotes) context.push({ ...quote, reason: proposal.why });
		}
	}
	return {
		format: STORY_FORMAT,
		id: options.id,
		title: options.title,
		summary: options.summary?.trim() || proposedSummary(article, draft.sentences),
		language,
		displayTimeZone: timeZone,
		sources: [
			{
				id: SOURCE_ID,
				publisher: publisher || 'Publisher not given',
				title: (options.headline ?? firstLine(article)).trim() || null,
				language,
				published: {
					date: published,
					timeZone,
					basis: 'editorial',
					note: 'Given by the editor who drafted the story.'
				},
				text: article
			}
		],
		events,
		context
	};
}

/** What the accepted proposals make: events, context passages, and events left out undated. */
export function acceptedCounts(draft: Draft): { events: number; context: number; undated: number } {
	const counts = { events: 0, context: 0, undated: 0 };
	for (const proposal of draft.proposals) {
		if (proposal.status !== 'accepted') continue;
		if (proposal.role === 'context') counts.context += proposal.excerpts.length;
		else if (proposal.when) counts.events++;
		else counts.undated++;
	}
	return counts;
}
