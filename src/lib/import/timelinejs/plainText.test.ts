import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToLine, htmlToParagraphs } from './plainText';

describe('htmlToParagraphs', () => {
	const rows: { name: string; html: string; expected: string[] }[] = [
		{ name: 'plain text', html: 'Just words.', expected: ['Just words.'] },
		{ name: 'empty', html: '', expected: [] },
		{
			name: 'paragraphs and line breaks',
			html: '<p>One.</p><p>Two<br>Three</p>',
			expected: ['One.', 'Two', 'Three']
		},
		{
			name: 'inline markup dropped, words kept',
			html: '<p class="lead">A <b>bold</b> and <em>quiet</em> word</p>',
			expected: ['A bold and quiet word']
		},
		{
			name: 'a link keeps its words and its address',
			html: 'Take <a href="https://en.wikipedia.org/wiki/Ada_Lovelace">Ada Lovelace</a>: first',
			expected: ['Take Ada Lovelace (https://en.wikipedia.org/wiki/Ada_Lovelace): first']
		},
		{
			name: 'a link whose words are its address is not repeated',
			html: '<a href="https://example.org/">https://example.org/</a>',
			expected: ['https://example.org/']
		},
		{
			name: 'a javascript: link keeps only its words',
			html: '<a href="javascript:alert(1)">click</a> here',
			expected: ['click here']
		},
		{
			name: 'an entity-hidden javascript: link keeps only its words',
			html: '<a href="&#106;avascript:alert(1)">click</a>',
			expected: ['click']
		},
		{
			name: 'script, style, iframe and comments vanish with their contents',
			html: 'a<script>alert("x")</script>b<style>p{}</style>c<!-- note -->d<iframe src="x">e</iframe>f',
			expected: ['abcdf']
		},
		{
			name: 'an event handler attribute is dropped with its tag',
			html: '<img src=x onerror="alert(1)">Caption',
			expected: ['Caption']
		},
		{
			name: 'a > inside a quoted attribute does not end the tag',
			html: '<a title="a > b" href="https://x.org/">X</a>',
			expected: ['X (https://x.org/)']
		},
		{ name: 'a lone < is text', html: '1 < 2 and 3 > 2', expected: ['1 < 2 and 3 > 2'] },
		{
			name: 'entities decoded once, so escaped markup stays text',
			html: '&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; caf&eacute; &#8217; &#x2014;',
			expected: ['<script>alert(1)</script> &amp; caf&eacute; ’ —']
		},
		{
			name: 'white space and newlines collapse',
			html: '  Code named\n  "Project PX"\t. \n<p>\n</p>',
			expected: ['Code named "Project PX" .']
		},
		{ name: 'an unclosed script drops the rest', html: 'kept<script>x', expected: ['kept'] },
		{ name: 'an unclosed tag drops the rest', html: 'kept <a href="', expected: ['kept'] },
		{
			name: 'a blockquote with its citation',
			html: '<blockquote>Words. <cite>Edith Clarke</cite></blockquote>',
			expected: ['Words. Edith Clarke']
		}
	];
	it.each(rows)('$name', ({ html, expected }) => {
		expect(htmlToParagraphs(html)).toEqual(expected);
	});

	it('reads a very long, deeply nested input in one pass', () => {
		const html = '<div>'.repeat(50_000) + 'deep' + '</div>'.repeat(50_000);
		expect(htmlToParagraphs(html)).toEqual(['deep']);
	});

	it('reads 100,000 links in one paragraph in one pass', () => {
		// Each link's words were sliced out of the paragraph so far: a minute for this.
		const html = `<p>${'<a href="https://a.test/">see</a> '.repeat(100_000)}</p>`;
		const [paragraph] = htmlToParagraphs(html);
		expect(paragraph).toBe(Array(100_000).fill('see (https://a.test/)').join(' '));
		// Room for a busy machine; the quadratic reading took 69 s.
	}, 30_000);
});

describe('htmlToLine', () => {
	it('joins paragraphs with a space', () => {
		expect(htmlToLine('<p>One</p><p>Two</p>')).toBe('One Two');
	});
});

describe('decodeEntities', () => {
	it.each([
		['&amp;', '&'],
		['&#0;', '\uFFFD'],
		['&#xD800;', '\uFFFD'],
		['&#x1F600;', '😀'],
		['&unknown;', '&unknown;'],
		['&amp', '&amp']
	])('%s → %s', (input, expected) => {
		expect(decodeEntities(input)).toBe(expected);
	});
});
