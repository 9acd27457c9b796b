import type { TextRange } from './types';

const MAX_HEADLINE = 200;

/**
 * The article's first line, which in a pasted article is its headline: proposed as the
 * source's title. Cut at a word within 200 characters; '' for an empty article.
 */
export function firstLine(article: string): string {
	const line = article.trim().split('\n', 1)[0]!.trim().replace(/\s+/g, ' ');
	if (line.length <= MAX_HEADLINE) return line;
	const cut = line.slice(0, MAX_HEADLINE);
	return cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).replace(/[\s,;:–—-]+$/, '');
}

/**
 * A first summary of the story for the editor to rewrite: the article's first sentence
 * after its headline line (its standfirst), else its first sentence.
 */
export function proposedSummary(article: string, sentences: TextRange[]): string {
	const lineEnd = article.trimStart().indexOf('\n') + (article.length - article.trimStart().length);
	const after = sentences.find(({ start }) => lineEnd > 0 && start > lineEnd) ?? sentences[0];
	return after ? article.slice(after.start, after.end).trim().replace(/\s+/g, ' ') : '';
}
