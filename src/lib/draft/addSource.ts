import { uniqueSlugs } from '../story/slug';
import type { LanguagePack } from './languagePack';
import { draftLanguageOf, type DraftLanguage } from './languages';
import { draftArticle } from './proposals';
import { getAt, setAt } from './storyDocument';
import { draftToStory, SOURCE_ID } from './toStory';
import type { Draft, DraftInput } from './types';

// The language packs' loader, for the editor, which loads it with the drafter.
export { loadPackFor } from './loadLanguage';

/**
 * The BCP 47 tag a new source records (its `language`) for the language it is read in: the
 * story's own tag where that is the same language (`en-GB`, `fr-CA`: the story's region
 * kept), else the language chosen (`de`).
 */
export function sourceLanguage(chosen: DraftLanguage, storyTag: unknown): string {
	const tag = typeof storyTag === 'string' ? storyTag.trim() : '';
	return draftLanguageOf(tag) === chosen ? tag : chosen;
}

/** A further source for a story being edited: an article, as /draft takes it. */
export interface NewSource extends DraftInput {
	/** The headline ('' where it is not known). */
	headline: string;
	/** Where it was published ('' for none). */
	url: string;
}

export interface AddedSource {
	story: unknown;
	sourceId: string;
	/** Events proposed from it, added at the end of the story's events. */
	events: number;
	/** Passages of it kept as context. */
	context: number;
}

const listOf = (story: unknown, key: string): unknown[] => {
	const items = getAt(story, [key]);
	return Array.isArray(items) ? items : [];
};

const idsOf = (items: unknown[]): string[] =>
	items.flatMap((item) => {
		const id = (item as { id?: unknown } | null)?.id;
		return typeof id === 'string' ? [id] : [];
	});

/**
 * `story` with `source` added under an id no other source has, and (with `propose`) the
 * dated events the drafter proposes from it, quoting it word for word, each with an id no
 * other event has: the editor then reviews, corrects or deletes them like any other. Linear
 * in the story and the article (the drafter is). `pack` reads the article's `language`
 * (English by default), which the source records (see `sourceLanguage`).
 */
export function addSource(
	story: unknown,
	source: NewSource,
	propose: boolean,
	pack?: LanguagePack
): AddedSource {
	const sources = listOf(story, 'sources');
	const sourceId = uniqueSlugs({ taken: idsOf(sources), words: 4, length: 40 })(
		source.publisher,
		'source'
	);
	const draft: Draft = propose
		? draftArticle(source, pack)
		: { input: source, sentences: [], mentions: [], proposals: [] };
	const drafted = draftToStory(draft, {
		id: 'added',
		title: 'added',
		include: 'proposed',
		undatedAsContext: false,
		headline: source.headline
	});
	const ownQuote = <T extends { source: string }>(quote: T): T =>
		quote.source === SOURCE_ID ? { ...quote, source: sourceId } : quote;
	const eventId = uniqueSlugs({ taken: idsOf(listOf(story, 'events')), length: 60 });
	const events = drafted.events.map((event) => ({
		...event,
		id: eventId(event.id, 'event'),
		excerpts: event.excerpts.map(ownQuote)
	}));
	const context = (drafted.context ?? []).map(ownQuote);
	const url = source.url.trim();
	const entry = { ...drafted.sources[0]!, id: sourceId, ...(url && { url }) };
	let next = setAt(story, ['sources'], [...sources, entry]);
	if (events.length) next = setAt(next, ['events'], [...listOf(story, 'events'), ...events]);
	if (context.length) next = setAt(next, ['context'], [...listOf(story, 'context'), ...context]);
	return { story: next, sourceId, events: events.length, context: context.length };
}
