/**
 * What the embed loader (`/embed.js`) and the TypeScript modules share: option names, the deep
 * link, limits and message types. The loader is plain JavaScript served as it is; the route
 * that serves it (src/routes/embed.js) writes this object into it, so the two cannot drift.
 * JSON values only: it is serialised into the loader.
 */
export const EMBED_PROTOCOL = {
	/** Placeholder attributes: `data-sourceline-story`, `-src`, `-origin`, `-title`, `-deeplink`, options. */
	attributePrefix: 'data-sourceline-',
	/** URL parameters of /embed/<id> that a placeholder passes through (see options.ts). */
	options: [
		'event',
		'from',
		'to',
		'theme',
		'panel',
		'hide',
		'lang',
		'flow',
		'export',
		'live',
		'accent',
		'font'
	],
	/** What `hide` may name (a list, split on commas or spaces): parts an embed can leave out. */
	hideable: ['title', 'summary', 'search', 'help', 'legend'],
	/** The host page's query (or fragment) parameter that records the selected event. */
	deepLinkParam: 'sourceline-event',
	/** An event id in a deep link: the slug form story ids use, and no longer than this. */
	eventIdPattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
	maxEventIdLength: 200,
	/** A frame's height (CSS px) before its first message, and the most any message may set. */
	initialHeight: 480,
	maxHeight: 50_000,
	messages: {
		height: 'sourceline:height',
		event: 'sourceline:event',
		measure: 'sourceline:measure',
		reveal: 'sourceline:reveal'
	}
} as const;

const EVENT_ID = new RegExp(EMBED_PROTOCOL.eventIdPattern);

/** True for an event id a deep link may carry. */
export function isDeepLinkEventId(value: string): boolean {
	return value.length <= EMBED_PROTOCOL.maxEventIdLength && EVENT_ID.test(value);
}
