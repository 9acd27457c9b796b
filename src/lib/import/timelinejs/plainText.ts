import { httpUrl } from '../../ui/httpUrl';

/**
 * TimelineJS texts are HTML. This turns one into plain paragraphs in a single pass over the
 * input, with no DOM: tags are dropped (their words kept), the contents of script-like
 * elements and comments are dropped, block elements and `<br>` end a paragraph, a link keeps
 * its words followed by its http(s) address ("label (https://…)"), entities are decoded and
 * white space collapsed. The result is text to show as text: nothing in it is markup.
 */
export function htmlToParagraphs(html: string): string[] {
	// Linear in the input: 100,000 links in one paragraph once took a minute, each link's
	// words being sliced out of the whole paragraph so far.
	const lower = html.toLowerCase();
	const paragraphs: string[] = [];
	/** The paragraph so far, in pieces: joined once when it ends, never sliced or copied. */
	let current: string[] = [];
	/** The open link's address and its words so far. */
	let link: { href: string | null; words: string[] } | null = null;
	let i = 0;

	const text = (raw: string) => {
		(link ? link.words : current).push(decodeEntities(raw));
	};
	const endParagraph = () => {
		closeLink();
		const paragraph = collapse(current.join(''));
		if (paragraph !== '') paragraphs.push(paragraph);
		current = [];
	};
	const closeLink = () => {
		if (!link) return;
		const words = link.words.join('');
		const label = collapse(words);
		current.push(words);
		if (link.href && label !== link.href)
			current.push(label === '' ? link.href : ` (${link.href})`);
		link = null;
	};

	while (i < html.length) {
		const open = html.indexOf('<', i);
		if (open === -1) {
			text(html.slice(i));
			break;
		}
		text(html.slice(i, open));
		const tag = readTag(html, lower, open);
		if (!tag) {
			// A `<` that starts no tag ("a < b") is text.
			text('<');
			i = open + 1;
			continue;
		}
		i = tag.end;
		if (tag.skipTo !== undefined) {
			i = tag.skipTo;
			continue;
		}
		if (tag.name === 'a') {
			if (tag.closing) closeLink();
			else {
				closeLink();
				const href = attribute(html.slice(open, tag.end), 'href');
				link = { href: href === null ? null : safeHref(href), words: [] };
			}
		} else if (BLOCKS.has(tag.name)) {
			endParagraph();
		}
	}
	endParagraph();
	return paragraphs;
}

/** One line of plain text: the paragraphs joined by a space. */
export function htmlToLine(html: string): string {
	return htmlToParagraphs(html).join(' ');
}

const BLOCKS = new Set([
	'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption',
	'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav',
	'ol', 'p', 'pre', 'section', 'table', 'td', 'th', 'tr', 'ul'
]); // prettier-ignore

/** Elements whose contents are code or hidden markup, never words to read. */
const RAW = new Set([
	'script', 'style', 'template', 'noscript', 'iframe', 'object', 'svg', 'math', 'textarea',
	'title', 'xmp'
]); // prettier-ignore

interface Tag {
	name: string;
	closing: boolean;
	/** Just past the tag's `>`. */
	end: number;
	/** Where reading goes on when the tag's contents are skipped. */
	skipTo?: number;
}

/** The tag starting at `open` (a `<`), or null where the `<` starts none. */
function readTag(html: string, lower: string, open: number): Tag | null {
	if (lower.startsWith('<!--', open)) {
		const close = lower.indexOf('-->', open + 4);
		const end = close === -1 ? html.length : close + 3;
		return { name: '!--', closing: false, end, skipTo: end };
	}
	const match = /^<(\/?)([a-z][a-z0-9-]*|!|\?)/.exec(lower.slice(open, open + 64));
	if (!match) return null;
	const close = findTagEnd(html, open + match[0].length);
	const end = close === -1 ? html.length : close + 1;
	const name = match[2]!;
	const closing = match[1] === '/';
	if (name === '!' || name === '?') return { name, closing, end, skipTo: end };
	if (!closing && RAW.has(name)) {
		const closeTag = lower.indexOf(`</${name}`, end);
		if (closeTag === -1) return { name, closing, end, skipTo: html.length };
		const after = html.indexOf('>', closeTag);
		return { name, closing, end, skipTo: after === -1 ? html.length : after + 1 };
	}
	return { name, closing, end };
}

/** The `>` that ends a tag, skipping quoted attribute values; -1 when the tag never ends. */
function findTagEnd(html: string, from: number): number {
	let quote: string | null = null;
	for (let i = from; i < html.length; i++) {
		const c = html[i];
		if (quote) {
			if (c === quote) quote = null;
		} else if (c === '"' || c === "'") quote = c;
		else if (c === '>') return i;
	}
	return -1;
}

/** An attribute's decoded value in one tag's source, or null. */
function attribute(tag: string, name: string): string | null {
	const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
	if (!match) return null;
	return decodeEntities(match[1] ?? match[2] ?? match[3] ?? '').trim();
}

/** A link's address if it is http(s) and absolute; `javascript:` and the like are dropped. */
function safeHref(href: string): string | null {
	return /^https?:\/\//i.test(href) && httpUrl(href) ? href : null;
}

/** One run of spaces for any white space or control character. */
function collapse(text: string): string {
	// eslint-disable-next-line no-control-regex
	return text.replace(/[\s\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();
}

const NAMED: Record<string, string> = {
	amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—',
	hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»',
	copy: '©', reg: '®', trade: '™', deg: '°', middot: '·', bull: '•', shy: ''
}; // prettier-ignore

/** Decodes numeric entities and the common named ones; anything else stays as written. */
export function decodeEntities(text: string): string {
	if (!text.includes('&')) return text;
	return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (entity, body: string) => {
		if (body[0] === '#') {
			const hex = body[1] === 'x' || body[1] === 'X';
			const code = Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
			// Not a character, a surrogate half or NUL: the replacement character, as HTML does.
			const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
			return valid ? String.fromCodePoint(code) : '\uFFFD';
		}
		return NAMED[body.toLowerCase()] ?? entity;
	});
}
