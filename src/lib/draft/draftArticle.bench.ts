import { readFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { loadStory } from '../story/loadStory';
import { draftArticle } from './proposals';
import { draftToStory } from './toStory';

// Drafting is linear in the article's length: 8× the text should take about 8× the time
// (the first story's article, 3.4 KB, repeated). The page drafts on a click, so a long
// article (around 100 KB) should stay well under a second.
const article = readFileSync(
	new URL(
		'../../data/stories/starmer-washington-week/huffpost-uk-starmer-washington.txt',
		import.meta.url
	),
	'utf8'
);

for (const copies of [4, 32]) {
	const text = Array(copies).fill(article).join('\n');
	const input = {
		article: text,
		published: '2025-02-27',
		timeZone: 'Europe/London',
		publisher: 'X'
	};
	describe(`an article of ${Math.round(text.length / 1000)} KB`, () => {
		bench('draft it', () => {
			draftArticle(input);
		});
		const draft = draftArticle(input);
		bench('write and load its story file', () => {
			const story = draftToStory(draft, {
				id: 'bench',
				title: 'Bench',
				include: 'proposed',
				undatedAsContext: true
			});
			loadStory(story, 'bench.json');
		});
	});
}
