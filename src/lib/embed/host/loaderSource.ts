import { minifySync } from 'vite';
import template from './loader/embed.js?raw';
import { EMBED_PROTOCOL } from './protocol';

const SLOT = '/* EMBED_PROTOCOL */ null';

/**
 * The loader as the site serves it at /embed.js: loader/embed.js with the shared option
 * names and limits written in, so the loader and the TypeScript modules read one list, then
 * minified (with Vite's own minifier): every page of every host loads it, and its readable
 * source, comments and all, stays in loader/embed.js.
 */
export function loaderSource(): string {
	if (!template.includes(SLOT)) throw new Error(`loader/embed.js has lost its ${SLOT} slot`);
	const source = template.replace(SLOT, JSON.stringify(EMBED_PROTOCOL));
	const { code, errors } = minifySync('embed.js', source, { compress: true, mangle: true });
	if (errors.length > 0) throw new Error(`loader/embed.js: ${errors[0]?.message}`);
	return code;
}
