import { describe, expect, it } from 'vitest';
import { loadTestStory, testEvent, testSource, testStory } from '$lib/story/testing';
import { cardAlt, cardUrl } from './cardFile';
import { activeLocale } from '$lib/i18n/active';
import { exportWords } from '$lib/i18n/exporting/en';
import { socialCardSvg, storyCardSvg } from './socialCard';

const HOSTILE = 'Talks <script>alert("x")</script> & “more”';

const story = loadTestStory(
	testStory({
		title: HOSTILE,
		sources: [testSource({ publisher: 'Smith & Sons <Press>' })],
		events: [testEvent('flight', { title: `${HOSTILE} in "Washington"` })]
	})
);

describe('socialCardSvg', () => {
	const svg = socialCardSvg(story);

	it('is the Open Graph size', () => {
		expect(svg).toMatch(/^<svg [^>]*width="1200" height="630" viewBox="0 0 1200 630"/);
	});

	it('escapes the story’s words', () => {
		expect(svg).not.toContain('<script');
		expect(svg).toContain('Talks &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp;');
		expect(svg).toContain('Smith &amp; Sons &lt;Press&gt;');
	});

	it('fits the title to the card’s width with the measurer it is given', () => {
		const wide = socialCardSvg(story, () => (text) => text.length * 40);
		const title = /<text[^>]*font-size="30"[^>]*>([^<]*)<\/text>/.exec(wide)?.[1] ?? '';
		expect(title.endsWith('…')).toBe(true);
		expect(Array.from(title.replace(/&[a-z]+;/g, 'x')).length * 40).toBeLessThanOrEqual(1200 - 80);
	});
});

describe('the card’s address and words', () => {
	it('is under the story’s folder', () => {
		expect(cardUrl('https://timelines.example.org', 'a b')).toBe(
			'https://timelines.example.org/stories/a%20b/card.png'
		);
	});

	it('says what the card shows', () => {
		expect(cardAlt({ title: 'Talks $&' }, exportWords)).toBe(
			'The timeline of “Talks $&”, with its sources'
		);
	});
});

describe('storyCardSvg', () => {
	it('speaks the story’s language, and leaves the page’s as it was', async () => {
		const french = { ...story, language: 'fr' };
		const svg = await storyCardSvg(french);
		// The axis's dates, the legend, the sources and the credit in French.
		expect(svg).toContain('>mar. 25 févr.</text>');
		expect(svg).toContain('>Jour indiqué</text>');
		expect(svg).toContain('>Sources : Smith &amp; Sons &lt;Press&gt;</text>');
		expect(svg).toContain('>Frise par Sourceline</text>');
		expect(activeLocale()).toBe('en-GB');
		expect(await storyCardSvg(story)).toEqual(socialCardSvg(story));
	});
});
