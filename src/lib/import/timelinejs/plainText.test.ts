import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToLine, htmlToParagraphs } from './plainText';
import type { StyledText } from './styledText';

/** A paragraph as its text, then each style as `kind “words”` (and ` → address` for a link). */
function shown({ text, styles }: StyledText): string[] {
	return [
		text,
		...styles.map(
			({ start, end, style, href }) =>
				`${style} “${text.slice(start, end)}”${href === undefined ? '' : ` → ${href}`}`
		)
	];
}

describe('htmlToParagraphs', () => {
	const rows: { name: string; html: string; expected: string[][] }[] = [
		{ name: 'plain text', html: 'Just words.', expected: [['Just words.']] },
		{ name: 'empty', html: '', expected: [] },
		{
			name: 'paragraphs and line breaks',
			html: '<p>One.</p><p>Two<br>Three</p>',
			expected: [['One.'], ['Two'], ['Three']]
		},
		{
			name: 'bold and emphasis kept as styles over their words',
			html: '<p class="lead">A <b>bold</b> and <em>quiet</em> word</p>',
			expected: [['A bold and quiet word', 'strong “bold”', 'emphasis “quiet”']]
		},
		{
			name: 'a link keeps its words, its address a style over them',
			html: 'Take <a href="https://en.wikipedia.org/wiki/Ada_Lovelace">Ada Lovelace</a>: first',
			expected: [
				[
					'Take Ada Lovelace: first',
					'link “Ada Lovelace” → https://en.wikipedia.org/wiki/Ada_Lovelace'
				]
			]
		},
		{
			name: 'a link whose words are its address',
			html: '<a href="https://example.org/">https://example.org/</a>',
			expected: [['https://example.org/', 'link “https://example.org/” → https://example.org/']]
		},
		{
			name: 'a link with no words reads as its address',
			html: '<a href="https://example.org/"></a> more',
			expected: [
				['https://example.org/ more', 'link “https://example.org/” → https://example.org/']
			]
		},
		{
			name: 'a javascript: link keeps only its words',
			html: '<a href="javascript:alert(1)">click</a> here',
			expected: [['click here']]
		},
		{
			name: 'an entity-hidden javascript: link keeps only its words',
			html: '<a href="&#106;avascript:alert(1)">click</a>',
			expected: [['click']]
		},
		{
			name: 'a relative link keeps only its words',
			html: '<a href="/elsewhere">there</a>',
			expected: [['there']]
		},
		{
			name: 'styles nest',
			html: '<b>bold <i>both</i></b> plain',
			expected: [['bold both plain', 'strong “bold both”', 'emphasis “both”']]
		},
		{
			name: 'a style open across paragraphs goes on in each',
			html: '<em><p>one</p><p>two</p></em>three',
			expected: [['one', 'emphasis “one”'], ['two', 'emphasis “two”'], ['three']]
		},
		{
			name: 'an unclosed style ends with its paragraph',
			html: 'a <em>b c<p>d</p>',
			expected: [
				['a b c', 'emphasis “b c”'],
				['d', 'emphasis “d”']
			]
		},
		{
			name: 'white space at a style’s edges is not in it',
			html: 'a<em> b </em>c',
			expected: [['a b c', 'emphasis “b”']]
		},
		{
			name: 'a new link ends the one before',
			html: '<a href="https://a.test/">one <a href="https://b.test/">two</a> three',
			expected: [['one two three', 'link “one” → https://a.test/', 'link “two” → https://b.test/']]
		},
		{
			name: 'closing tags with nothing open are ignored',
			html: 'a</em></b></a> b',
			expected: [['a b']]
		},
		{
			name: 'script, style, iframe and comments vanish with their contents',
			html: 'a<script>alert("x")</script>b<style>p{}</style>c<!-- note -->d<iframe src="x">e</iframe>f',
			expected: [['abcdf']]
		},
		{
			name: 'an event handler attribute is dropped with its tag',
			html: '<img src=x onerror="alert(1)">Caption',
			expected: [['Caption']]
		},
		{
			name: 'a > inside a quoted attribute does not end the tag',
			html: '<a title="a > b" href="https://x.org/">X</a>',
			expected: [['X', 'link “X” → https://x.org/']]
		},
		{ name: 'a lone < is text', html: '1 < 2 and 3 > 2', expected: [['1 < 2 and 3 > 2']] },
		{
			name: 'entities decoded once, so escaped markup stays text',
			html: '&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; caf&eacute; &#8217; &#x2014;',
			expected: [['<script>alert(1)</script> &amp; caf&eacute; ’ —']]
		},
		{
			name: 'white space and newlines collapse',
			html: '  Code named\n  "Project PX"\t. \n<p>\n</p>',
			expected: [['Code named "Project PX" .']]
		},
		{ name: 'an unclosed script drops the rest', html: 'kept<script>x', expected: [['kept']] },
		{ name: 'an unclosed tag drops the rest', html: 'kept <a href="', expected: [['kept']] },
		{
			name: 'a blockquote with its citation',
			html: '<blockquote>Words. <cite>Edith Clarke</cite></blockquote>',
			expected: [['Words. Edith Clarke']]
		}
	];
	it.each(rows)('$name', ({ html, expected }) => {
		expect(htmlToParagraphs(html).map(shown)).toEqual(expected);
	});

	it('reads a very long, deeply nested input in one pass', () => {
		const html = '<div><em>'.repeat(50_000) + 'deep' + '</em></div>'.repeat(50_000);
		const [paragraph, ...rest] = htmlToParagraphs(html);
		expect(rest).toEqual([]);
		expect(paragraph!.text).toBe('deep');
		// Styles deeper than the bound are not kept, so each closing tag's work is bounded.
		expect(paragraph!.styles.length).toBeLessThanOrEqual(32);
	});

	it('reads 100,000 links in one paragraph in one pass', () => {
		// Each link's words were sliced out of the paragraph so far: a minute for this.
		const html = `<p>${'<a href="https://a.test/">see</a> '.repeat(100_000)}</p>`;
		const [paragraph] = htmlToParagraphs(html);
		expect(paragraph!.text).toBe(Array(100_000).fill('see').join(' '));
		expect(paragraph!.styles).toHaveLength(100_000);
		expect(paragraph!.styles[99_999]).toEqual({
			start: 399_996,
			end: 399_999,
			style: 'link',
			href: 'https://a.test/'
		});
		// Room for a busy machine; the quadratic reading took 69 s.
	}, 30_000);
});

describe('htmlToLine', () => {
	it('joins paragraphs with a space', () => {
		expect(htmlToLine('<p>One</p><p><em>Two</em></p>')).toBe('One Two');
	});

	it('writes each link’s address after its words, once', () => {
		const html =
			'By <a href="https://a.test/x">A</a> and <a href="https://b.test/">https://b.test/</a>';
		expect(htmlToLine(html)).toBe('By A (https://a.test/x) and https://b.test/');
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
