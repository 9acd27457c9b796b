import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';
import { sentenceTense } from './tense';
import { MAX_NAME } from '../story/schemaParts';
import { proposeTitle } from './title';

describe('splitSentences: verbatim offsets', () => {
	const rows = [
		{ text: 'One. Two!  Three?', expected: ['One.', 'Two!', 'Three?'] },
		{ text: 'A line\nAnother line', expected: ['A line', 'Another line'] },
		{
			text: 'A No.10 source spoke. Then Mr. Smith left.',
			expected: ['A No.10 source spoke.', 'Then Mr. Smith left.']
		},
		// An abbreviated month, a country's initials and "a.m." run on; a sentence ends after them.
		{
			text: 'Prices fell by Dec. 10. On Aug. 7, the U.S. embassy shut.',
			expected: ['Prices fell by Dec. 10.', 'On Aug. 7, the U.S. embassy shut.']
		},
		{
			text: 'She moved to the U.S. in 1990. Talks begin at 9 a.m. Monday in Geneva.',
			expected: ['She moved to the U.S. in 1990.', 'Talks begin at 9 a.m. Monday in Geneva.']
		},
		{
			text: 'Talks began at 9 a.m. Officials left at noon.',
			expected: ['Talks began at 9 a.m.', 'Officials left at noon.']
		},
		{
			text: '  He said: “Stop. Now.” Then he left.',
			expected: ['He said: “Stop.', 'Now.”', 'Then he left.']
		}
	];
	it.each(rows)('$text', ({ text, expected }) => {
		const ranges = splitSentences(text);
		expect(ranges.map(({ start, end }) => text.slice(start, end))).toEqual(expected);
	});
});

describe('splitSentences: a long article, a window at a time', () => {
	const one = 'Talks began on Monday. Mr. Smith left early! Did they agree?\nA new paragraph.';
	it('splits a thousand copies as it splits one, each at its own offsets', () => {
		const text = Array(1000).fill(one).join('\n');
		const expected = splitSentences(one).map(({ start, end }) => one.slice(start, end));
		const found = splitSentences(text).map(({ start, end }) => text.slice(start, end));
		expect(found).toEqual(Array(1000).fill(expected).flat());
	});

	it('keeps a sentence longer than a window whole', () => {
		const long = `He spoke ${'and spoke '.repeat(2000)}until dawn.`;
		const text = `First. ${long} Last.`;
		expect(splitSentences(text).map(({ start, end }) => text.slice(start, end))).toEqual([
			'First.',
			long,
			'Last.'
		]);
	});
});

describe('sentenceTense: the sentence’s own verbs, quotations left out', () => {
	const rows = [
		{ sentence: 'The minister resigned on Monday.', expected: 'past' },
		{ sentence: 'She was in Paris on Friday.', expected: 'past' },
		{ sentence: 'He will fly to Kyiv on Sunday.', expected: 'future' },
		{ sentence: 'Zelenskyy is set for a meeting on Friday.', expected: 'future' },
		{ sentence: 'They’ll meet on Sunday.', expected: 'future' },
		{ sentence: 'He said he will go on Monday.', expected: 'unknown' },
		{ sentence: 'The talks are on Monday.', expected: 'unknown' },
		{ sentence: 'He told them: “We will win on Sunday.”', expected: 'past' },
		{ sentence: 'She said "we will be back" on Monday.', expected: 'past' },
		{ sentence: 'The law will be reviewed in the spring.', expected: 'future' },
		{ sentence: 'The bridge is closed on Sunday.', expected: 'unknown' },
		{ sentence: 'The bridge was closed on Sunday.', expected: 'past' },
		// A quotation never closed is read as the sentence's own words.
		{ sentence: '“It will open on Friday, for sure.', expected: 'future' },
		{ sentence: 'The United States needs a deal by Monday.', expected: 'unknown' }
	];
	it.each(rows)('$sentence → $expected', ({ sentence, expected }) => {
		expect(sentenceTense(sentence)).toBe(expected);
	});
});

describe('proposeTitle: the article’s words, shortened', () => {
	it('keeps a title of words run together within the schema’s limit', () => {
		const title = proposeTitle(`${'y'.repeat(400)} said so.`, []);
		expect(title).toBe(`Y${'y'.repeat(MAX_NAME - 2)}`);
	});

	const rows = [
		{
			sentence:
				'Zelenskyy is set for his own face-to-face with Trump this Friday, where the US president has suggested',
			words: ['this Friday'],
			expected: 'Zelenskyy is set for his own face-to-face with Trump'
		},
		{
			sentence: 'But officials met on Monday.',
			words: ['on Monday'],
			expected: 'Officials met'
		},
		{
			sentence:
				'The committee on standards in public life decided to publish the full report in 1962.',
			words: ['in 1962'],
			expected: 'The committee on standards in public life decided'
		},
		{
			sentence:
				'Starmer’s visit comes after his ally French president Emmanuel Macron made a similar journey.',
			words: [],
			expected: 'Starmer’s visit comes after his ally French president Emmanuel'
		},
		{
			sentence: 'The minister said that talks with the unions would go on for weeks.',
			words: [],
			expected: 'The minister said that talks with the unions'
		},
		{
			// The date words are cut where they stand, not where the same letters first occur.
			sentence: 'A strike began in Marchington in March.',
			words: ['in March'],
			expected: 'A strike began in Marchington'
		},
		{
			sentence: '“Exactly what the configuration of that is, we will see on Monday.',
			words: ['on Monday'],
			expected: 'Exactly what the configuration of that is'
		},
		{
			sentence: '“We will win,” he said on Monday.',
			words: ['on Monday'],
			expected: 'We will win'
		},
		{
			sentence: 'On Monday talks ended, and a strike starts on Friday.',
			words: ['On Monday', 'on Friday'],
			expected: 'Talks ended, and a strike starts'
		},
		{
			// The comma the opening date words leave behind goes with them.
			sentence: 'Last week, the minister spoke.',
			words: ['Last week'],
			expected: 'The minister spoke'
		},
		{
			sentence: 'Hier, la police a arrêté deux hommes.',
			words: ['Hier'],
			expected: 'La police a arrêté deux hommes'
		}
	];
	it.each(rows)('$expected', ({ sentence, words, expected }) => {
		const at = words.map((w) => sentence.lastIndexOf(w));
		const cuts = words.map((w, i) => ({ start: at[i]!, end: at[i]! + w.length }));
		expect(proposeTitle(sentence, cuts)).toBe(expected);
	});
});
