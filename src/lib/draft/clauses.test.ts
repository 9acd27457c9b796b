import { describe, expect, it } from 'vitest';
import { split } from './operations';
import { draftArticle } from './proposals';
import { draftToStory } from './toStory';
import { loadStory } from '../story/loadStory';

const draft = (article: string) =>
	draftArticle({ article, published: '2025-02-28', timeZone: 'Europe/London', publisher: 'P' });
const quoted = (article: string, found: ReturnType<typeof draft>) =>
	found.proposals.map((p) => p.excerpts.map(({ start, end }) => article.slice(start, end)));

describe('two dated happenings in one sentence become two proposals, each quoting its own words', () => {
	it.each([
		{
			sentence:
				'Sir Keir Starmer flew to Washington on Wednesday and met Donald Trump at the White House on Thursday.',
			parts: [
				['Sir Keir Starmer flew to Washington on Wednesday', 'on Wednesday'],
				['met Donald Trump at the White House on Thursday.', 'on Thursday']
			]
		},
		{
			sentence: 'The plant closed in 2019; it reopened on 3 May 2024.',
			parts: [
				['The plant closed in 2019', 'in 2019'],
				['it reopened on 3 May 2024.', 'on 3 May 2024']
			]
		}
	])('$sentence', ({ sentence, parts }) => {
		const found = draft(sentence);
		expect(quoted(sentence, found)).toEqual(parts.map(([words]) => [words]));
		expect(found.proposals.map((p) => p.when?.text)).toEqual(parts.map(([, when]) => when));
		const story = draftToStory(found, {
			id: 's',
			title: 'S',
			include: 'proposed',
			undatedAsContext: true
		});
		expect(loadStory(story, 's').ok).toBe(true);
	});

	it.each([
		// One happening, two dates: a comparison, no verb of its own after the comma.
		'Inflation stayed at 6.7 per cent in September, down from 8.7 per cent in April.',
		// An attribution tells no happening of its own.
		'A fire broke out on Saturday night, and officials said on Sunday that it was arson.',
		// The same day twice.
		'The minister arrived on Monday and spoke on Monday.',
		// A deadline is the target, not a second happening.
		'The council met on Monday and will decide by Friday.'
	])('keeps “%s” whole', (sentence) => {
		expect(quoted(sentence, draft(sentence))).toEqual([[sentence]]);
	});

	it('a merged pair of clauses splits back into the same two proposals', () => {
		const article =
			'Sir Keir Starmer flew to Washington on Wednesday and met Donald Trump on Thursday.';
		const found = draft(article);
		const [a, b] = found.proposals;
		const merged = {
			...found,
			proposals: [{ ...a!, excerpts: [...a!.excerpts, ...b!.excerpts] }]
		};
		const parts = split(merged, a!.id).proposals;
		expect(parts.map((p) => p.when?.text)).toEqual(['on Wednesday', 'on Thursday']);
	});
});
