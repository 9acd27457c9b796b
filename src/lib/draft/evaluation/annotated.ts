import type { TextRange } from '../types';

/**
 * An article of the date evaluation: its text with each date expression marked
 * `⟦words|value⟧` (value as in goldValue.ts), published on a day in a zone.
 */
export interface AnnotatedArticle {
	id: string;
	published: string;
	timeZone: string;
	marked: string;
}

export interface GoldMark extends TextRange {
	words: string;
	value: string;
}

const MARK = /⟦([^|⟦⟧]+)\|([^⟦⟧]+)⟧/g;

/** The article's plain text and its marks, as offsets into that text; an error names a bad mark. */
export function readMarks(article: AnnotatedArticle): { text: string; marks: GoldMark[] } {
	const marks: GoldMark[] = [];
	let text = '';
	let at = 0;
	for (const match of article.marked.matchAll(MARK)) {
		text += article.marked.slice(at, match.index);
		const words = match[1]!;
		marks.push({ start: text.length, end: text.length + words.length, words, value: match[2]! });
		text += words;
		at = match.index + match[0].length;
	}
	text += article.marked.slice(at);
	if (/[⟦⟧]/.test(text))
		throw new Error(`Article ${article.id}: a mark is not closed or is nested`);
	return { text, marks };
}
