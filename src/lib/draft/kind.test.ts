import { describe, expect, it } from 'vitest';
import { guessKind } from './kind';

describe('guessKind: the kind a sentence tells of, by its words', () => {
	const rows = [
		{
			sentence: 'Zelenskyy is set for his own face-to-face with Trump this Friday.',
			kind: 'meeting'
		},
		{ sentence: 'Macron made a similar journey to the White House.', kind: 'travel' },
		{ sentence: 'The King will visit Canada in May.', kind: 'visit' },
		{ sentence: 'The PM promised to raise defence spending by 2027.', kind: 'announcement' },
		{ sentence: 'Starmer told reporters Trump is committed to Nato.', kind: 'statement' },
		{ sentence: 'Prices rose sharply in March.', kind: 'other' },
		// The more telling word wins over a word of speech.
		{ sentence: 'He said the talks would go on.', kind: 'meeting' }
	];
	it.each(rows)('$kind: $sentence', ({ sentence, kind }) => {
		expect(guessKind(sentence)).toBe(kind);
	});
});
