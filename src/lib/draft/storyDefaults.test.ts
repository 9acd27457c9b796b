import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';
import { firstLine, proposedSummary } from './storyDefaults';

describe('the story’s defaults: its headline and summary from the article', () => {
	const rows = [
		{
			name: 'a headline line, then the text',
			article: 'Minister quits\nThe minister resigned on Monday. Talks go on.',
			headline: 'Minister quits',
			summary: 'The minister resigned on Monday.'
		},
		{
			name: 'blank lines and spaces before the headline',
			article: '\n  Strike  called \n\nA strike starts on Friday.',
			headline: 'Strike called',
			summary: 'A strike starts on Friday.'
		},
		{
			name: 'one line only',
			article: 'The minister resigned on Monday. Talks go on.',
			headline: 'The minister resigned on Monday. Talks go on.',
			summary: 'The minister resigned on Monday.'
		},
		{ name: 'nothing', article: '', headline: '', summary: '' }
	];
	it.each(rows)('$name', ({ article, headline, summary }) => {
		expect(firstLine(article)).toBe(headline);
		expect(proposedSummary(article, splitSentences(article))).toBe(summary);
	});

	it('cuts a long first line at a word, without "…"', () => {
		const line = firstLine(`${'word '.repeat(60)}end`);
		expect(line.length).toBeLessThanOrEqual(200);
		expect(line.endsWith('word')).toBe(true);
	});
});
