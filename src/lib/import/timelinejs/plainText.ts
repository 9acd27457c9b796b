import { httpUrl } from '../../ui/httpUrl';
import type { Span, StyleKind, StyledText } from './styledText';

/**
 * TimelineJS texts are HTML. This turns one into plain paragraphs in a single pass over the
 * input, with no DOM: tags are dropped (their words kept), the contents of script-like
 * elements and comments are dropped, block elements and `<br>` end a paragraph, entities are
 * decoded and white space collapsed. Emphasis, bold and http(s) links are kept as styles
 * over the words (a link with no words of its own reads as its address). The result is
 * text to show as text: nothing in it is markup.
 */
export function htmlToParagraphs(html: string): StyledText[] {
	// Linear in the input: 100,000 links in one paragraph once took a minute, each link's
	// words being sliced out of the whole paragraph so far.
	const lower = html.toLowerCase();
	const paragraphs: StyledText[] = [];
	let current = new Paragraph();
	/** Styles open at this point, innermost last; past `MAX_DEPTH` more are not kept. */
	const open: Open[] = [];
	let i = 0;

	const endParagraph = () => {
		const paragraph = current.end(open);
		if (paragraph.text !== '') paragraphs.push(paragraph);
		current = new Paragraph();
		// Styles open across a block go on in the next paragraph.
		for (const style of open) current.await(style);
	};
	const close = (kind: StyleKind) => {
		const at = open.findLastIndex((style) => style.style === kind);
		if (at !== -1) current.close(open.splice(at, 1)[0]!);
	};
	const start = (style: Open) => {
		if (open.length >= MAX_DEPTH) return;
		open.push(style);
		current.await(style);
	};

	while (i < html.length) {
		const lt = html.indexOf('<', i);
		if (lt === -1) {
			current.add(html.slice(i));
			break;
		}
		current.add(html.slice(i, lt));
		const tag = readTag(html, lower, lt);
		if (!tag) {
			// A `<` that starts no tag ("a < b") is text.
			current.add('<');
			i = lt + 1;
			continue;
		}
		i = tag.end;
		if (tag.skipTo !== undefined) {
			i = tag.skipTo;
			continue;
		}
		const kind = STYLES[tag.name];
		if (tag.name === 'a') {
			// Links do not nest: a new one ends the one before.
			close('link');
			const href = tag.closing ? null : attribute(html.slice(lt, tag.end), 'href');
			const safe = href === null ? null : safeHref(href);
			if (safe) start({ style: 'link', href: safe, start: null });
		} else if (kind) {
			if (tag.closing) close(kind);
			else start({ style: kind, start: null });
		} else if (BLOCKS.has(tag.name)) {
			endParagraph();
		}
	}
	open.length = 0;
	endParagraph();
	return paragraphs;
}

/**
 * One line of plain text (a headline, a caption, a credit): the paragraphs joined by a space,
 * each link's address written after its words ("label (https://…)"), as a line has no links.
 */
export function htmlToLine(html: string): string {
	return htmlToParagraphs(html).map(linksWrittenOut).join(' ');
}

/** A paragraph's text with each link's address after its words, unless they are the address. */
function linksWrittenOut({ text, styles }: StyledText): string {
	const pieces: string[] = [];
	let from = 0;
	for (const { start, end, style, href } of styles) {
		if (style !== 'link' || !href || text.slice(start, end) === href) continue;
		pieces.push(text.slice(from, end), ` (${href})`);
		from = end;
	}
	pieces.push(text.slice(from));
	return pieces.join('');
}

/** A style being read: where its words start in the paragraph (null before its first word). */
interface Open {
	style: StyleKind;
	href?: string;
	start: number | null;
}

/** Deeper than this, styles are not kept: bounds the work of each closing tag. */
const MAX_DEPTH = 32;

const STYLES: Record<string, StyleKind | undefined> = {
	em: 'emphasis',
	i: 'emphasis',
	strong: 'strong',
	b: 'strong'
};

/** White space or control characters, or a run of anything else. */
// eslint-disable-next-line no-control-regex
const RUNS = /([\s\u0000-\u001f\u007f-\u009f]+)|([^\s\u0000-\u001f\u007f-\u009f]+)/g;

/**
 * One paragraph as it is read: its words with white space collapsed as they come (one space
 * between words, none at either end), and the styles that end in it.
 */
class Paragraph {
	#pieces: string[] = [];
	#length = 0;
	#space = false;
	#styles: Span[] = [];
	/** Styles opened since the last word: they start at the next one. */
	#waiting: Open[] = [];

	add(raw: string): void {
		for (const [, space, word] of decodeEntities(raw).matchAll(RUNS)) {
			if (space !== undefined) {
				this.#space = this.#length > 0;
				continue;
			}
			if (this.#space) {
				this.#pieces.push(' ');
				this.#length++;
				this.#space = false;
			}
			for (const style of this.#waiting) style.start = this.#length;
			this.#waiting = [];
			this.#pieces.push(word!);
			this.#length += word!.length;
		}
	}

	await(style: Open): void {
		style.start = null;
		this.#waiting.push(style);
	}

	close(style: Open): void {
		// A link with no words of its own reads as its address.
		if (style.start === null && style.href) this.add(style.href);
		if (style.start === null || style.start === this.#length) return;
		const { style: kind, href, start } = style;
		this.#styles.push({ start, end: this.#length, style: kind, ...(href && { href }) });
	}

	/** The paragraph, every style still open ended with it. */
	end(open: readonly Open[]): StyledText {
		for (const style of open) if (style.start !== null) this.close(style);
		const styles = this.#styles.sort((a, b) => a.start - b.start || b.end - a.end);
		return { text: this.#pieces.join(''), styles };
	}
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
