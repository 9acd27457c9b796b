import { CARD_HEIGHT, CARD_WIDTH, cardUrl } from '$lib/card/cardFile';
import { DEFAULT_FRAME_HEIGHT, DEFAULT_FRAME_WIDTH, iframeSnippet, loaderScript } from './snippets';

/** An oEmbed 1.0 `rich` response (oembed.com §2.3.4 and §2.3.5). */
export interface OEmbedRich {
	type: 'rich';
	version: '1.0';
	title: string;
	provider_name: 'Sourceline';
	provider_url: string;
	html: string;
	width: number;
	height: number;
	/** The story's social card (§2.3.4's thumbnail). */
	thumbnail_url: string;
	thumbnail_width: number;
	thumbnail_height: number;
}

/**
 * One story's oEmbed response. The html is the plain iframe, which works wherever a CMS
 * keeps iframes, followed by the loader, which makes it follow its content where scripts
 * are allowed.
 */
export function oembedFor(
	origin: string,
	story: { id: string; title: string },
	/** The frame's name in the story's language (see `frameTitle`). */
	frameName?: string
): OEmbedRich {
	const target = { origin, storyId: story.id, storyTitle: story.title, frameTitle: frameName };
	return {
		type: 'rich',
		version: '1.0',
		title: story.title,
		provider_name: 'Sourceline',
		provider_url: new URL('/', origin).href,
		html: `${iframeSnippet(target)}\n${loaderScript(origin)}`,
		width: DEFAULT_FRAME_WIDTH,
		height: DEFAULT_FRAME_HEIGHT,
		thumbnail_url: cardUrl(origin, story.id),
		thumbnail_width: CARD_WIDTH,
		thumbnail_height: CARD_HEIGHT
	};
}

/** Where a story's oEmbed JSON is published (prerendered: one static file a story). */
export function oembedUrl(origin: string, storyId: string): string {
	return new URL(`/oembed/${encodeURIComponent(storyId)}.json`, origin).href;
}
