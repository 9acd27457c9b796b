import { describe, expect, it } from 'vitest';
import { draftArticle } from './proposals';
import { readSaved, writeSaved, type Saved } from './saved';

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
	storySummary: 'A minister goes.',
	headline: 'Minister quits',
	draft: draftArticle(input)
};
const text = (value: unknown) => JSON.stringify(value);

describe('readSaved: work in progress read back only when it can be trusted', () => {
	it('reads back what was written, the article kept once', () => {
		const written = writeSaved(saved);
		expect(readSaved(written)).toEqual({ saved, notice: null });
		expect(written.split(input.article)).toHaveLength(2);
	});

	it('keeps a draft of an article edited after drafting, with its own article', () => {
		const edited = { ...saved, input: { ...input, article: `${input.article} More.` } };
		expect(readSaved(writeSaved(edited))).toEqual({ saved: edited, notice: null });
	});

	it('gives proposals that share an id new ones, and says so', () => {
		const [first] = saved.draft!.proposals;
		const twice = { ...saved.draft!, proposals: [first!, { ...first!, title: 'Again' }] };
		const read = readSaved(text({ ...saved, draft: twice }));
		expect(read.saved!.draft!.proposals.map((p) => p.id)).toEqual([first!.id, 'again']);
		expect(read.notice).toBe('1 saved proposal had an id already in use; given a new one.');
	});

	const rows: {
		name: string;
		stored: string | null;
		expected: 'none' | 'input only';
		notice: RegExp | null;
	}[] = [
		{ name: 'nothing saved', stored: null, expected: 'none', notice: null },
		{ name: 'not JSON', stored: '{"input":', expected: 'none', notice: /could not be read back/ },
		{
			name: 'another shape',
			stored: text({ article: 'x' }),
			expected: 'none',
			notice: /could not be read back/
		},
		{
			name: 'a proposal without excerpts',
			stored: text({
				...saved,
				draft: {
					...saved.draft,
					proposals: saved.draft!.proposals.map((p) => ({ ...p, excerpts: [] }))
				}
			}),
			expected: 'input only',
			notice: /The article and its details are kept/
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
			expected: 'input only',
			notice: /did not fit their article/
		}
	];
	it.each(rows)('$name: $expected', ({ stored, expected, notice }) => {
		const read = readSaved(stored);
		if (expected === 'none') expect(read.saved).toBeNull();
		else expect(read.saved).toMatchObject({ draft: null, input });
		if (notice) expect(read.notice).toMatch(notice);
		else expect(read.notice).toBeNull();
	});
});
