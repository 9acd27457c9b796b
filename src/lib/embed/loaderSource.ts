import template from './loader/embed.js?raw';
import { EMBED_PROTOCOL } from './protocol';

const SLOT = '/* EMBED_PROTOCOL */ null';

/**
 * The loader as the site serves it at /embed.js: loader/embed.js with the shared option
 * names and limits written in, so the loader and the TypeScript modules read one list.
 */
export function loaderSource(): string {
	if (!template.includes(SLOT)) throw new Error(`loader/embed.js has lost its ${SLOT} slot`);
	return template.replace(SLOT, JSON.stringify(EMBED_PROTOCOL));
}
