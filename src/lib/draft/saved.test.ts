import { describe, expect, it } from 'vitest';
import { draftArticle } from './proposals';
import { readSaved, type Saved } from './saved';

const input = {
	article: 'The minister resigned on Monday. Talks go on.',
	published: '2025-02-27',
	timeZone: 'Europe/London',
	publisher: 'Wire'
};
const saved: Saved = {
	input,
	storyId: 'resignation',
	storyTitle: 'A resignation',
	draft: draftArticle(input)
};
const text = (value: unknown) => JSON.stringify(value);

describe('readSaved: work in progress read back only when it can be trusted', () => {
	it('reads back what was saved', () => {
		expect(readSaved(text(saved))).toEqual(saved);
	});

	const rows: { name: string; stored: string | null; expected: 'none' | 'input only' }[] = [
		{ name: 'nothing saved', stored: null, expected: 'none' },
		{ name: 'not JSON', stored: '{"input":', expected: 'none' },
		{ name: 'another shape', stored: text({ article: 'x' }), expected: 'none' },
		{
			name: 'a proposal without excerpts',
			stored: text({
				...saved,
				draft: {
					...saved.draft,
					proposals: saved.draft!.proposals.map((p) => ({ ...p, excerpts: [] }))
				}
			}),
			expected: 'none'
		},
		{
			name: 'the article edited after drafting',
			stored: text({ ...saved, input: { ...input, article: `${input.article} More.` } }),
			expected: 'input only'
		},
		{
			name: 'a quote beyond the article',
			stored: text({
				...saved,
				draft: {
					...saved.draft,
					proposals: saved.draft!.proposals.map((p) => ({
						...p,
						excerpts: [{ start: 0, end: 999 }]
					}))
				}
			}),
			expected: 'input only'
		}
	];
	it.each(rows)('$name: $expected', ({ stored, expected }) => {
		const read = readSaved(stored);
		if (expected === 'none') expect(read).toBeNull();
		else expect(read).toMatchObject({ draft: null, storyId: 'resignation' });
	});
});
