import { describe, expect, it } from 'vitest';
import { draftInputProblem } from './checkInput';
import { draftLanguageOf, unsupportedLanguageMessage } from './languages';
import { loadLanguagePack, loadPackFor } from './loadLanguage';
import { draftArticle } from './proposals';
import { draftToStory } from './toStory';

const input = {
	article: 'The minister resigned on Monday.',
	published: '2025-02-27',
	timeZone: 'Europe/London',
	publisher: 'Test'
};

describe('the language a draft reads', () => {
	it.each([
		['en', 'en'],
		['fr', 'fr'],
		['fr-CA', 'fr'],
		['DE-ch', 'de'],
		[' de ', 'de'],
		['es', null],
		['french', null],
		['fr_FR', null],
		['', null]
	])('reads “%s” as %s', (tag, language) => {
		expect(draftLanguageOf(tag)).toBe(language);
	});

	it('names an unsupported tag and the languages it reads', () => {
		const message = draftInputProblem({ ...input, language: 'es' });
		expect(message).toBe(unsupportedLanguageMessage('es'));
		expect(message).toContain('“es”');
		expect(message).toContain('en (English), fr (Français), de (Deutsch)');
		expect(draftInputProblem({ ...input, language: 'fr-CA' })).toBeNull();
	});

	it('drafts English without a language, as before, and writes the story in English', () => {
		const draft = draftArticle(input);
		expect(draft.mentions.map((mention) => mention.words)).toEqual(['on Monday']);
		expect(draft.mentions[0]!.reading).toBeUndefined();
		const story = draftToStory(draft, {
			id: 's',
			title: 'S',
			include: 'proposed',
			undatedAsContext: true
		});
		expect(story.language).toBe('en');
	});

	it('will not draft an article with the words of another language', async () => {
		expect(() => draftArticle({ ...input, language: 'fr' })).toThrow(
			/language: “fr” needs its own words; load them first/
		);
		const french = await loadLanguagePack('fr');
		expect(() => draftArticle({ ...input, language: 'de' }, french)).toThrow(/“de”/);
		expect(() => draftArticle({ ...input, language: 'xx' })).toThrow(/language: .*“xx”/);
	});

	it('loads a pack for a regional tag, and refuses one it does not read', async () => {
		expect((await loadPackFor('de-AT')).language).toBe('de');
		await expect(loadPackFor('it')).rejects.toThrow('“it”');
	});

	it('writes the story in the tag the editor chose', async () => {
		const article = 'Le maire a démissionné lundi.';
		const draft = draftArticle(
			{ ...input, article, language: 'fr-CA' },
			await loadLanguagePack('fr')
		);
		const story = draftToStory(draft, {
			id: 's',
			title: 'S',
			include: 'proposed',
			undatedAsContext: true
		});
		expect(story.language).toBe('fr-CA');
		expect(story.sources[0]!.language).toBe('fr-CA');
	});
});
