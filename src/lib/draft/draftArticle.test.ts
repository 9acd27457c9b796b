import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadStory } from '../story/loadStory';
import type { ResolvedWhen } from '../story/types';
import { validateStory } from '../story/validateStory';
import { draftArticle } from './proposals';
import { draftToStory } from './toStory';

const folder = new URL('../../data/stories/starmer-washington-week/', import.meta.url);
const article = readFileSync(new URL('huffpost-uk-starmer-washington.txt', folder), 'utf8');
const handMadeFile = JSON.parse(readFileSync(new URL('story.json', folder), 'utf8'));
const validated = validateStory(handMadeFile, 'story.json');
if (!validated.ok) throw new Error('The hand-made story does not validate');
const handMade = validated.story;
const input = {
	article,
	published: '2025-02-27',
	timeZone: 'Europe/London',
	publisher: 'HuffPost UK'
};
const draft = draftArticle(input);

describe('drafting the first story’s article', () => {
	it('finds the date words the hand-made story states', () => {
		const words = draft.mentions.map((mention) => mention.words);
		expect(words.filter((w) => w === 'earlier this week')).toHaveLength(2);
		expect(words).toEqual(expect.arrayContaining(['this Friday', 'on Sunday', 'by 2027']));
	});

	it('quotes every passage and every date word verbatim', () => {
		for (const mention of draft.mentions) {
			expect(article.slice(mention.start, mention.end)).toBe(mention.words);
		}
		for (const proposal of draft.proposals) {
			for (const { start, end } of proposal.excerpts) {
				const quote = article.slice(start, end);
				expect(quote.trim()).toBe(quote);
				expect(quote.length).toBeGreaterThan(0);
			}
			if (proposal.when?.text) {
				const quoted = proposal.excerpts.map(({ start, end }) => article.slice(start, end));
				expect(quoted.some((quote) => quote.includes(proposal.when!.text!))).toBe(true);
			}
		}
	});

	it('resolves each stated date as the hand-made story does', () => {
		const story = draftToStory(draft, {
			id: 'draft',
			title: 'Draft',
			include: 'proposed',
			undatedAsContext: true
		});
		const loaded = loadStory(story, 'draft');
		expect(loaded.ok).toBe(true);
		const expected = loadStory(
			{ ...handMade, sources: [{ ...handMade.sources[0], text: article }] },
			'story.json'
		);
		if (!loaded.ok || !expected.ok) return;
		const dateOf = ({ start, end, precision, modifier }: ResolvedWhen) => ({
			start,
			end,
			precision,
			modifier
		});
		const statedIn = (events: typeof expected.story.events) =>
			events.flatMap((event) =>
				[event.when, event.target]
					.filter((when) => when?.basis === 'stated')
					.map((when) => ({ quote: event.excerpts[0]!.exact, text: when!.text, ...dateOf(when!) }))
			);
		const mine = statedIn(loaded.story.events);
		const theirs = statedIn(expected.story.events);
		expect(theirs).toHaveLength(5);
		for (const { quote, ...stated } of theirs) {
			// The draft quotes whole sentences; the hand-made story quotes part of one.
			const match = mine.find((m) => m.text === stated.text && m.quote.includes(quote));
			expect(match, `${stated.text} in “${quote}”`).toMatchObject(stated);
		}
	});

	it('infers no date across paragraphs: a quote left open at a paragraph’s end dates nothing after it', () => {
		const quoting = (words: string) =>
			draft.proposals.find(({ excerpts: [first] }) =>
				article.slice(first!.start, first!.end).startsWith(words)
			);
		// Two paragraphs before it, a quotation is left open, as news style does when it goes on.
		expect(quoting('Although Starmer has criticised Trump')).toMatchObject({
			role: 'context',
			when: null
		});
		expect(draft.proposals.filter((p) => p.when?.basis === 'inferred')).toEqual([]);
	});

	it('proposes no stated date the article does not state', () => {
		for (const proposal of draft.proposals) {
			if (proposal.when?.basis !== 'stated') continue;
			expect(draft.mentions.some((mention) => mention.words === proposal.when!.text)).toBe(true);
		}
	});
});
