import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loaderProtocol, loaderSource } from '../../src/lib/embed/host/loaderSource';
import { eventMessage, heightMessage, revealMessage } from '../../src/lib/embed/host/messages';
import { EMBED_PROTOCOL } from '../../src/lib/embed/host/protocol';
import { loadLoader } from './loader';

const loader = loadLoader();
const SITE = 'https://timelines.example.org';
const HOST = 'https://news.example.com/2025/02/article?ref=home#comments';

describe('embed.js: deep links in the host page’s address', () => {
	it.each([
		{ url: 'https://news.test/a?sourceline-event=macron-visit', expected: 'macron-visit' },
		{ url: 'https://news.test/a#sourceline-event=macron-visit', expected: 'macron-visit' },
		{ url: 'https://news.test/a?x=1#top', expected: null },
		{ url: 'https://news.test/a?sourceline-event=', expected: null },
		// Issue 10, case 4: only the slug form story ids use.
		{ url: 'https://news.test/a?sourceline-event=anything+at+all+%3Cb%3E', expected: null },
		{ url: 'https://news.test/a?sourceline-event=Macron-Visit', expected: null },
		{ url: `https://news.test/a?sourceline-event=${'a'.repeat(201)}`, expected: null },
		{
			url: 'https://news.test/a?sourceline-event=x%3Cb%3E#sourceline-event=ok-1',
			expected: 'ok-1'
		},
		{ url: 'not a url', expected: null }
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
		},
		{
			url: 'https://news.test/a?sourceline-event=old',
			id: 'anything at all <b>',
			expected: 'https://news.test/a'
		},
		// The rest of the host's address stays as it was written, a router's hash included.
		{
			url: 'https://news.test/a?q=a+b%20c#!/route?a=1',
			id: 'new',
			expected: 'https://news.test/a?q=a+b%20c&sourceline-event=new#!/route?a=1'
		},
		{
			url: 'https://news.test/a?q=a+b%20c&sourceline-event=old#!/route?a=1',
			id: null,
			expected: 'https://news.test/a?q=a+b%20c#!/route?a=1'
		},
		{
			url: 'https://news.test/a#!/route?a=1&sourceline-event=old',
			id: 'new',
			expected: 'https://news.test/a?sourceline-event=new#!/route?a=1'
		}
	])('records $id in $url', ({ url, id, expected }) => {
		expect(loader.withDeepLink(url, id)).toBe(expected);
		if (id && /^[a-z-]+$/.test(id))
			expect(loader.deepLinkEvent(loader.withDeepLink(url, id))).toBe(id);
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
		{ name: 'a story id that is no slug', settings: { story: '..' }, expected: null },
		// Issue 10, case 3: this address threw "Failed to construct 'URL'" in the host page.
		{
			name: 'a src with no valid port',
			settings: { src: 'https://example.com:99999/s.json' },
			expected: null
		},
		{
			name: 'a src that is no http(s) address',
			settings: { src: 'javascript:alert(1)' },
			expected: null
		},
		{
			name: 'a deep link that is no slug is not passed on',
			settings: { story: 'w', event: 'a', deeplink: true },
			host: 'https://news.test/p?sourceline-event=%3Cb%3E',
			expected: `${SITE}/embed/w?event=a`
		},
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
		{ data: { type: 'sourceline:event', event: 'anything at all <b>' }, expected: undefined },
		{ data: heightMessage(3), expected: undefined }
	])('event $data', ({ data, expected }) => {
		expect(loader.readEvent(data)).toBe(expected);
	});

	it.each([
		{ data: revealMessage(640, 1100), expected: { top: 640, bottom: 1100, start: false } },
		{ data: revealMessage(0, 300, true), expected: { top: 0, bottom: 300, start: true } },
		{
			data: { type: 'sourceline:reveal', top: 10.2, bottom: 1e9, start: false },
			expected: { top: 11, bottom: 50_000, start: false }
		},
		{ data: { type: 'sourceline:reveal', top: 20, bottom: 10, start: false }, expected: null },
		{ data: { type: 'sourceline:reveal', top: -1, bottom: 10, start: false }, expected: null },
		{ data: { type: 'sourceline:reveal', top: 0, bottom: 10, start: 'yes' }, expected: null },
		{
			data: { type: 'sourceline:reveal', top: 0, bottom: Number.NaN, start: true },
			expected: null
		},
		{ data: heightMessage(3), expected: null }
	])('reveal $data', ({ data, expected }) => {
		expect(loader.readReveal(data)).toEqual(expected);
	});
});

describe('embed.js scrolls the page as little as shows a part of a frame', () => {
	// top and bottom from the viewport's top, in a viewport 800 px high.
	it.each([
		{ name: 'in view already', top: 100, bottom: 700, expected: 0 },
		{ name: 'exactly the viewport', top: 0, bottom: 800, expected: 0 },
		{ name: 'below: its bottom to the bottom edge', top: 700, bottom: 1200, expected: 400 },
		{ name: 'above: its top to the top edge', top: -300, bottom: 200, expected: -300 },
		{ name: 'taller than the viewport, below: its top', top: 500, bottom: 1500, expected: 500 },
		{ name: 'taller, starting above: its top', top: -100, bottom: 1000, expected: -100 }
	])('$name', ({ top, bottom, expected }) => {
		expect(loader.revealDelta(top, bottom, 800)).toBe(expected);
	});
});

describe('embed.js shares one list with the TypeScript modules', () => {
	it('carries the protocol the app reads, written in when served', () => {
		expect(loader.shared).toEqual(loaderProtocol());
		// All of it but the parts an embed can hide, which the loader never reads.
		expect(Object.keys(loader.shared as object)).toEqual(
			Object.keys(EMBED_PROTOCOL).filter((key) => key !== 'hideable')
		);
	});

	it('keeps no list of option names or limits of its own', () => {
		// The readable source: the served file, minified, has the protocol's values inlined.
		const template = readFileSync('src/lib/embed/host/loader/embed.js', 'utf8');
		expect(template).toContain('/* EMBED_PROTOCOL */ null');
		expect(template).not.toMatch(/\[\s*'event'/);
		expect(template).not.toMatch(/\b50_?000\b|\b480\b/);
		for (const type of Object.values(EMBED_PROTOCOL.messages)) expect(template).not.toContain(type);
	});
});

describe('embed.js stays small', () => {
	it('is served minified, at most 2.5 KB gzip (every page of every host loads it)', () => {
		const served = loaderSource();
		expect(served).not.toContain('/*');
		expect(gzipSync(served, { level: 9 }).byteLength).toBeLessThanOrEqual(2.5 * 1024);
	});
});
