import { anchorQuotes, type AnchorResult, type QuoteInput } from './anchorQuote';
import type { StoryInput } from './storyInput';
import type { Source } from './types';

/** A story's sources that have their text, by id. */
export function sourcesWithText(story: StoryInput): Map<string, Source> {
	const sources = new Map<string, Source>();
	for (const source of story.sources) {
		if (source.text === undefined) continue;
		// Styles are set once found in the text (`sourceStyles.ts`).
		const withText: Source = { ...source, text: source.text, styles: undefined };
		delete withText.styles;
		sources.set(source.id, withText);
	}
	return sources;
}

/** Every quote of a story (its events' excerpts and its context) in its source. */
export function anchorStory(
	texts: ReadonlyMap<string, { text: string }>,
	story: StoryInput
): Map<QuoteInput, AnchorResult> {
	const quotes = story.events.flatMap((event) => event.excerpts);
	return anchorBySource(texts, quotes.concat(story.context ?? []));
}

/**
 * Every quote of a story anchored in its source, each source's quotes together (one pass over
 * each text); quotes of a source without text are left out.
 */
function anchorBySource(
	texts: ReadonlyMap<string, { text: string }>,
	quotes: Iterable<QuoteInput>
): Map<QuoteInput, AnchorResult> {
	const bySource = new Map<string, QuoteInput[]>();
	for (const quote of quotes) {
		const list = bySource.get(quote.source);
		if (list) list.push(quote);
		else bySource.set(quote.source, [quote]);
	}
	const results = new Map<QuoteInput, AnchorResult>();
	for (const [id, list] of bySource) {
		const source = texts.get(id);
		if (source) anchorQuotes(source.text, list).forEach((r, i) => results.set(list[i]!, r));
	}
	return results;
}
