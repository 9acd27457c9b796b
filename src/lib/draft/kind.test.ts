import { describe, expect, it } from 'vitest';
import { ENGLISH_WORDS } from './englishWords';
import { FRENCH_PACK } from './frenchPack';
import { guessKind } from './kind';
import { split } from './operations';
import { draftArticle } from './proposals';

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
		expect(guessKind(sentence, ENGLISH_WORDS.kinds)).toBe(kind);
	});

	it('reads no kind where its words say none', () => {
		expect(guessKind('Starmer met Trump.', [])).toBe('other');
	});
});

describe('drafting guesses kinds by the article’s language', () => {
	const article =
		'Le maire a rencontré le préfet mardi. Il a déclaré mercredi que tout allait bien.';
	const input = {
		article,
		published: '2025-02-28',
		timeZone: 'Europe/Paris',
		publisher: 'Le Journal',
		language: 'fr'
	};

	it('reads a French article’s kinds with the French words', () => {
		const draft = draftArticle(input, FRENCH_PACK);
		expect(draft.proposals.map((proposal) => proposal.kind)).toEqual(['meeting', 'statement']);
	});

	it('splits a French proposal by the French words, or keeps its kind without them', () => {
		const draft = draftArticle(input, FRENCH_PACK);
		const [first, second] = draft.proposals;
		// Both passages under the first proposal, its kind set by hand.
		const merged = {
			...draft,
			proposals: [
				{ ...first!, kind: 'visit' as const, excerpts: [...first!.excerpts, ...second!.excerpts] }
			]
		};
		const kinds = (kinds?: typeof ENGLISH_WORDS.kinds) =>
			split(merged, first!.id, kinds).proposals.map((proposal) => proposal.kind);
		expect(kinds(FRENCH_PACK.words.kinds)).toEqual(['meeting', 'statement']);
		expect(kinds()).toEqual(['visit', 'visit']);
	});
});
