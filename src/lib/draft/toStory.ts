import { STORY_FORMAT } from '../story/storyFormat';
import type { ContextInput, EventInput, StoryInput } from '../story/storyInput';
import type { Excerpt } from '../story/types';
import { anchorQuote } from '../story/anchorQuote';
import type { Draft, Proposal, TextRange } from './types';

export const SOURCE_ID = 'article';

export interface StoryOptions {
	id: string;
	title: string;
	/** `accepted`: only what the editor accepted; `proposed`: everything not rejected. */
	include: 'accepted' | 'proposed';
	/** Put events that have no date yet in `context`, with the reason, instead of dropping them. */
	undatedAsContext: boolean;
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
				summary: proposal.title,
				kind: 'other',
				actors: [],
				// No place: its days are counted in the story's display zone, the publication's.
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
		summary: publisher
			? `Drafted from ${publisher}’s article of ${published}.`
			: `Drafted from an article of ${published}.`,
		language: 'en',
		displayTimeZone: timeZone,
		sources: [
			{
				id: SOURCE_ID,
				publisher: publisher || 'Publisher not given',
				title: null,
				language: 'en',
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
