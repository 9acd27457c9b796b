import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readsWithoutWords, resolveDateWith } from './dates/resolveCore';
import { resolveDateExpression } from './dates/resolveDate';
import { loadStory } from './loadStory';
import { loadValidated } from './storyLoading';
import { validateStory } from './validateStory';
import { needsWordReading } from './wordsNeeded';

// A story dated in ISO and EDTF alone is checked without the rules for date words (the embed
// from a URL loads them only for a story that has some): the same result, and a clear failure
// should words reach a resolver without them.

const context = {
	published: '2025-02-27',
	publishedTimeZone: 'Europe/London',
	timeZone: 'Europe/London'
};

describe('readsWithoutWords', () => {
	it.each([
		['2025-02-27', true],
		['1943-07/1946', true],
		['in 1952', true],
		['1985/..', true],
		['-0043-03-15', true],
		['2025-21', true],
		['2025-02-27T09:30:00-05:00', true],
		['2025-02-27T09:30', true],
		['2025-13-45', true],
		['this Friday', false],
		['earlier this week', false],
		['19 February 2025', false],
		['9 a.m. Monday', false]
	])('%s: %s', (expression, expected) => {
		expect(readsWithoutWords(expression)).toBe(expected);
	});

	it('is what resolving without words can answer: the same result as with them', () => {
		for (const expression of ['2025-02-27', '1943-07/1946', 'in 1952', '2025-13-45']) {
			expect(resolveDateWith(expression, context, null)).toEqual(
				resolveDateExpression(expression, context)
			);
		}
	});

	it('says so when date words reach a resolver without their rules', () => {
		const result = resolveDateWith('this Friday', context, null);
		expect(result).toMatchObject({
			ok: false,
			message: 'Cannot resolve "this Friday": the rules that read date words are not loaded here'
		});
	});
});

const built = (id: string) =>
	JSON.parse(readFileSync(`src/data/stories/${id}/story.json`, 'utf8')) as unknown;

describe('needsWordReading', () => {
	it.each([
		['starmer-washington-week', true],
		['women-in-computing', false]
	])('%s: %s', (id, expected) => {
		const validated = validateStory(built(id), id);
		if (!validated.ok) throw new Error('the built story is valid');
		expect(needsWordReading(validated.story)).toBe(expected);
	});

	it('a story in EDTF alone loads without the rules to the same story', () => {
		const input = built('women-in-computing');
		const validated = validateStory(input, 'women');
		if (!validated.ok) throw new Error('the built story is valid');
		expect(loadValidated(validated.story, 'women', null)).toEqual(loadStory(input, 'women'));
	});
});
