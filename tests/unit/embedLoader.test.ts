import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { eventMessage, heightMessage } from '../../src/lib/embed/messages';

/** The loader's pure functions, from the very file the site serves. */
interface Loader {
	deepLinkEvent(hostUrl: string): string | null;
	withDeepLink(hostUrl: string, eventId: string | null): string;
	embedSrc(
		origin: string | null,
		settings: Record<string, unknown>,
		hostUrl: string
	): string | null;
	readHeight(data: unknown): number | null;
	readEvent(data: unknown): string | null | undefined;
}

function loadLoader(): Loader {
	const context = { module: { exports: {} }, URL, URLSearchParams };
	runInNewContext(readFileSync(new URL('../../static/embed.js', import.meta.url), 'utf8'), context);
	return context.module.exports as Loader;
}

const loader = loadLoader();
const SITE = 'https://timelines.example.org';
const HOST = 'https://news.example.com/2025/02/article?ref=home#comments';

describe('embed.js: deep links in the host page’s address', () => {
	it.each([
		{ url: 'https://news.test/a?sourceline-event=macron-visit', expected: 'macron-visit' },
		{ url: 'https://news.test/a#sourceline-event=macron-visit', expected: 'macron-visit' },
		{ url: 'https://news.test/a?x=1#top', expected: null },
		{ url: 'https://news.test/a?sourceline-event=', expected: null }
	])('$url', ({ url, expected }) => {
		expect(loader.deepLinkEvent(url)).toBe(expected);
	});

	it.each([
		{
			url: HOST,
			id: 'macron-visit',
			expected:
				'https://news.example.com/2025/02/article?ref=home&sourceline-event=macron-visit#comments'
		},
		{
			url: 'https://news.test/a?sourceline-event=old',
			id: 'new',
			expected: 'https://news.test/a?sourceline-event=new'
		},
		{
			url: 'https://news.test/a?sourceline-event=old&b=2',
			id: null,
			expected: 'https://news.test/a?b=2'
		},
		{
			url: 'https://news.test/a#sourceline-event=old',
			id: 'new',
			expected: 'https://news.test/a?sourceline-event=new'
		}
	])('records $id in $url', ({ url, id, expected }) => {
		expect(loader.withDeepLink(url, id)).toBe(expected);
		if (id) expect(loader.deepLinkEvent(loader.withDeepLink(url, id))).toBe(id);
	});
});

describe('embed.js: the frame’s address', () => {
	it.each([
		{
			name: 'a story',
			settings: { story: 'starmer-washington-week' },
			expected: `${SITE}/embed/starmer-washington-week`
		},
		{
			name: 'options, empty ones left out',
			settings: { story: 'w', event: 'a', theme: 'dark', panel: '', from: null },
			expected: `${SITE}/embed/w?event=a&theme=dark`
		},
		{
			name: 'the host’s deep link wins over the placeholder’s event',
			settings: { story: 'w', event: 'a', deeplink: true },
			host: 'https://news.test/p?sourceline-event=b',
			expected: `${SITE}/embed/w?event=b`
		},
		{
			name: 'a deep link is read only when the placeholder opts in',
			settings: { story: 'w' },
			host: 'https://news.test/p?sourceline-event=b',
			expected: `${SITE}/embed/w`
		},
		{
			name: 'a story from elsewhere, relative to the host page',
			settings: { src: '/data/week.json' },
			expected: `${SITE}/embed?src=https%3A%2F%2Fnews.example.com%2Fdata%2Fweek.json`
		},
		{ name: 'no story', settings: { event: 'a' }, expected: null },
		{ name: 'no origin', settings: { story: 'w' }, origin: null, expected: null }
	])('$name', ({ settings, host = HOST, origin = SITE, expected }) => {
		expect(loader.embedSrc(origin, settings, host)).toBe(expected);
	});
});

describe('embed.js reads what the embed sends', () => {
	it.each([
		{ data: heightMessage(412), expected: 412 },
		{ data: { type: 'sourceline:height', height: 411.5 }, expected: 412 },
		{ data: { type: 'sourceline:height', height: 1e9 }, expected: 50_000 },
		{ data: { type: 'sourceline:height', height: -3 }, expected: null },
		{ data: { type: 'sourceline:height', height: '412' }, expected: null },
		{ data: 'pymxPYMxidxPYMxheightxPYMx412', expected: null },
		{ data: null, expected: null }
	])('height $data', ({ data, expected }) => {
		expect(loader.readHeight(data)).toBe(expected);
	});

	it.each([
		{ data: eventMessage('macron-visit'), expected: 'macron-visit' },
		{ data: eventMessage(null), expected: null },
		{ data: { type: 'sourceline:event', event: 7 }, expected: undefined },
		{ data: heightMessage(3), expected: undefined }
	])('event $data', ({ data, expected }) => {
		expect(loader.readEvent(data)).toBe(expected);
	});
});

describe('embed.js stays small', () => {
	it('is a few KB', () => {
		const size = readFileSync(new URL('../../static/embed.js', import.meta.url)).byteLength;
		expect(size).toBeLessThan(8 * 1024);
	});
});
