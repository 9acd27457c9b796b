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

describe('an Arabic story’s card', () => {
	const text = 'سافر ستارمر إلى واشنطن يوم الأحد. والتقى ترامب يوم الخميس.';
	const dated = (words: string, expression: string, exact: string) => ({
		when: { text: words, basis: 'stated' as const, expression },
		excerpts: [{ source: 'paper', exact }]
	});
	const arabic = loadTestStory(
		testStory({
			title: 'أسبوع ستارمر',
			language: 'ar',
			sources: [testSource({ publisher: 'الجريدة', language: 'ar', text })],
			events: [
				testEvent('flight', {
					title: 'الرحلة',
					...dated('يوم الأحد', '2025-02-23', 'سافر ستارمر إلى واشنطن يوم الأحد.')
				}),
				testEvent('meeting', {
					title: 'اللقاء',
					...dated('يوم الخميس', '2025-02-27', 'والتقى ترامب يوم الخميس.')
				})
			]
		})
	);
	/** Each text's x, anchor and words (a right-to-left text's isolate marks taken off). */
	const texts = (svg: string) =>
		[...svg.matchAll(/<text x="([\d.-]+)"[^>]*?(?: text-anchor="(\w+)")?>([^<]*)<\/text>/g)].map(
			([, x, anchor, words]) => ({
				x: Number(x),
				anchor: anchor ?? 'start',
				words: words!.replace(/^\u2067(.*)\u2069$/s, '$1'),
				isolated: words!.startsWith('\u2067')
			})
		);
	const find = (svg: string, words: string) => texts(svg).find((t) => t.words === words)!;

	it('runs time right to left: the earliest event is drawn right of the latest', async () => {
		const svg = await storyCardSvg(arabic);
		const flight = find(svg, 'الرحلة');
		const meeting = find(svg, 'اللقاء');
		expect(flight.x).toBeGreaterThan(meeting.x);
		// Labels sit after their marks in time, to their left: anchored at their right end.
		expect(flight.anchor).toBe('end');
		// The plot's dots, in the marks' order (the earliest first), run leftwards.
		const plot = svg.slice(svg.indexOf('<g transform='), svg.indexOf('</g>'));
		const dots = [...plot.matchAll(/<circle cx="([\d.]+)"/g)].map((m) => Number(m[1]));
		expect(dots.length).toBeGreaterThanOrEqual(2);
		expect(dots[0]).toBeGreaterThan(dots[1]!);
	});

	it('lays its words from the right edge, each read right to left', async () => {
		const svg = await storyCardSvg(arabic);
		const title = find(svg, 'أسبوع ستارمر');
		expect(title).toMatchObject({ x: 1160, anchor: 'end', isolated: true });
		expect(find(svg, 'المصادر: الجريدة')).toMatchObject({ x: 1160, anchor: 'end' });
		// The credit, at the other end, keeps the left edge.
		expect(find(svg, 'خط زمني من Sourceline')).toMatchObject({
			x: 40,
			anchor: 'start',
			isolated: true
		});
		expect(find(svg, 'يوم مذكور').anchor).toBe('end');
	});

	it('leaves an English story’s card as it was: from the left, time rightwards', async () => {
		const svg = await storyCardSvg(story);
		const title = texts(svg).find((t) => t.words.startsWith('Talks'));
		expect(title).toMatchObject({ x: 40, anchor: 'start', isolated: false });
		expect(find(svg, 'Timeline by Sourceline')).toMatchObject({ x: 1160, anchor: 'end' });
		expect(svg).not.toContain('\u2067');
	});
});
