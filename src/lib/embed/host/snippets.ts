/**
 * The HTML a newsroom pastes to embed a story: a plain iframe, or a placeholder that
 * the loader (/embed.js) turns into a self-sizing iframe. One builder for the Embed dialog and the
 * oEmbed JSON, so they never drift. Values are escaped for attributes: titles hold quotes.
 */

import { sharingEn } from '../../i18n/sharing/en';
import { EMBED_PROTOCOL } from './protocol';

const PREFIX = EMBED_PROTOCOL.attributePrefix;

/** A height that shows the timeline and a short passage without the loader's resizing. */
export const DEFAULT_FRAME_HEIGHT = 640;
export const DEFAULT_FRAME_WIDTH = 720;

export interface EmbedTarget {
	/** The site's origin, e.g. `https://timelines.example.org`. */
	origin: string;
	storyId: string;
	storyTitle: string;
	/** The frame's accessible name, in the embed's language; `Timeline: <title>` by default. */
	frameTitle?: string;
	/** Embed options (`event`, `theme`, ...); empty values are left out. */
	options?: Record<string, string | null | undefined>;
}

export function embedUrl({ origin, storyId, options = {} }: EmbedTarget): string {
	const url = new URL(`/embed/${encodeURIComponent(storyId)}`, origin);
	for (const [key, value] of Object.entries(options)) if (value) url.searchParams.set(key, value);
	return url.href;
}

/**
 * The iframe's accessible name, which screen readers announce on entering the frame:
 * `pattern` (the Embed words' `frameTitle` in the embed's language) with the story's title.
 */
export function frameTitle(storyTitle: string, pattern = sharingEn.frameTitle): string {
	return pattern.replace('{title}', () => storyTitle);
}

const titleOf = (target: EmbedTarget) => target.frameTitle ?? frameTitle(target.storyTitle);

export function iframeSnippet(target: EmbedTarget, height = DEFAULT_FRAME_HEIGHT): string {
	return element('iframe', {
		src: embedUrl(target),
		title: titleOf(target),
		width: '100%',
		height: String(height),
		loading: 'lazy',
		style: 'border: 0; display: block; width: 100%'
	});
}

export function loaderScript(origin: string): string {
	return element('script', { async: '', src: new URL('/embed.js', origin).href });
}

/** The placeholder and the loader; `deeplink` lets the story follow the host page's URL. */
export function loaderSnippet(target: EmbedTarget, deeplink = false): string {
	const data: Record<string, string> = {
		[`${PREFIX}story`]: target.storyId,
		// The loader frames only its own site: this says which one, for a page with several.
		[`${PREFIX}origin`]: target.origin,
		[`${PREFIX}title`]: titleOf(target)
	};
	for (const [key, value] of Object.entries(target.options ?? {}))
		if (value) data[`${PREFIX}${key}`] = value;
	if (deeplink) data[`${PREFIX}deeplink`] = '';
	return `${element('div', data)}\n${loaderScript(target.origin)}`;
}

function element(name: string, attributes: Record<string, string>): string {
	const list = Object.entries(attributes)
		.map(([key, value]) => (value === '' ? ` ${key}` : ` ${key}="${escapeAttribute(value)}"`))
		.join('');
	return `<${name}${list}></${name}>`;
}

function escapeAttribute(value: string): string {
	return value
		.replaceAll('&', '&amp;')
		.replaceAll('"', '&quot;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;');
}
