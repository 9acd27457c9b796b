import { describe, expect, it } from 'vitest';
import { LOCALES, pickLocale, type Locale } from '$lib/i18n/locales';
import { DEFAULT_CHOICES, embedOptionsFor } from './embedChoices';
import { oembedFor, oembedUrl } from './oembed';
import de from '$lib/i18n/sharing/catalogues/de';
import { embedUrl, frameTitle, iframeSnippet, loaderSnippet } from './snippets';

const target = {
	origin: 'https://timelines.example.org',
	storyId: 'starmer-washington-week',
	storyTitle: 'Starmer’s week in "Washington" & <more>'
};

describe('embedUrl', () => {
	it.each([
		{ options: {}, expected: '/embed/starmer-washington-week' },
		{
			options: { event: 'zelenskyy-meets-trump', theme: 'dark' },
			expected: '/embed/starmer-washington-week?event=zelenskyy-meets-trump&theme=dark'
		},
		{
			options: { event: null, theme: '', panel: undefined },
			expected: '/embed/starmer-washington-week'
		},
		{
			options: { from: '2025-02-24T09:00+01:00' },
			expected: '/embed/starmer-washington-week?from=2025-02-24T09%3A00%2B01%3A00'
		}
	])('$expected', ({ options, expected }) => {
		expect(embedUrl({ ...target, options })).toBe(`${target.origin}${expected}`);
	});
});

describe('iframeSnippet', () => {
	it('is a lazy iframe with an escaped title', () => {
		expect(iframeSnippet(target, 500)).toBe(
			'<iframe src="https://timelines.example.org/embed/starmer-washington-week"' +
				' title="Timeline: Starmer’s week in &quot;Washington&quot; &amp; &lt;more&gt;"' +
				' width="100%" height="500" loading="lazy" style="border: 0; display: block; width: 100%"></iframe>'
		);
	});

	it('escapes the options in its address', () => {
		expect(iframeSnippet({ ...target, options: { event: 'a"b' } })).toContain(
			'src="https://timelines.example.org/embed/starmer-washington-week?event=a%22b"'
		);
	});
});

describe('loaderSnippet', () => {
	it('is a placeholder and the loader script', () => {
		expect(loaderSnippet({ ...target, options: { theme: 'dark', event: null } }, true)).toBe(
			'<div data-sourceline-story="starmer-washington-week"' +
				' data-sourceline-origin="https://timelines.example.org"' +
				' data-sourceline-title="Timeline: Starmer’s week in &quot;Washington&quot; &amp; &lt;more&gt;"' +
				' data-sourceline-theme="dark" data-sourceline-deeplink></div>\n' +
				'<script async src="https://timelines.example.org/embed.js"></script>'
		);
	});
});

describe('the interface language', () => {
	const chosen = (lang: Locale | '') =>
		({ ...target, options: embedOptionsFor({ ...DEFAULT_CHOICES, lang }).options }) as const;

	it('goes into the iframe’s address as lang=', () => {
		expect(iframeSnippet(chosen('ar'))).toContain(
			'src="https://timelines.example.org/embed/starmer-washington-week?lang=ar"'
		);
		expect(embedUrl(chosen('en-US'))).toBe(
			'https://timelines.example.org/embed/starmer-washington-week?lang=en-US'
		);
	});

	it('goes onto the placeholder as data-sourceline-lang, after the other options', () => {
		const snippet = loaderSnippet({
			...target,
			options: embedOptionsFor({ ...DEFAULT_CHOICES, theme: 'dark', lang: 'fr' }).options
		});
		expect(snippet).toContain(' data-sourceline-theme="dark" data-sourceline-lang="fr"></div>');
	});

	it('is left out for the story’s own language', () => {
		expect(iframeSnippet(chosen(''))).not.toContain('lang');
		expect(loaderSnippet(chosen(''))).not.toContain('lang');
	});

	it('is an option the embed reads back', () => {
		for (const locale of LOCALES) {
			const url = new URL(embedUrl(chosen(locale)));
			expect(pickLocale(url.searchParams.get('lang'), 'en-GB')).toBe(locale);
		}
	});
});

describe('oembedFor', () => {
	it('is an oEmbed 1.0 rich response with the iframe and the loader', () => {
		const oembed = oembedFor(target.origin, { id: target.storyId, title: target.storyTitle });
		expect(oembed).toEqual({
			type: 'rich',
			version: '1.0',
			title: target.storyTitle,
			provider_name: 'Sourceline',
			provider_url: 'https://timelines.example.org/',
			html: expect.stringMatching(
				/^<iframe src="https:\/\/timelines\.example\.org\/embed\/starmer-washington-week" .*><\/iframe>\n<script async src="https:\/\/timelines\.example\.org\/embed\.js"><\/script>$/
			),
			width: 720,
			height: 640,
			thumbnail_url: 'https://timelines.example.org/stories/starmer-washington-week/card.png',
			thumbnail_width: 1200,
			thumbnail_height: 630
		});
	});

	it('names its frame in the language it is given, the title kept as text', () => {
		const name = frameTitle('Der $& Tag', de.frameTitle);
		expect(name).toBe('Zeitleiste: Der $& Tag');
		const oembed = oembedFor(target.origin, { id: target.storyId, title: 'Der $& Tag' }, name);
		expect(oembed.html).toContain('title="Zeitleiste: Der $&amp; Tag"');
	});

	it('is published at /oembed/<id>.json', () => {
		expect(oembedUrl(target.origin, target.storyId)).toBe(
			'https://timelines.example.org/oembed/starmer-washington-week.json'
		);
	});
});
