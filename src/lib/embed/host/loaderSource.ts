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
	// What the loader reads of it: the parts an embed can hide are the embed's own business.
	const source = template.replace(SLOT, JSON.stringify(loaderProtocol()));
	const { code, errors } = minifySync('embed.js', source, { compress: true, mangle: true });
	if (errors.length > 0) throw new Error(`loader/embed.js: ${errors[0]?.message}`);
	return code;
}

/** The protocol as the loader gets it: all of it but `hideable`. */
export function loaderProtocol(): Omit<typeof EMBED_PROTOCOL, 'hideable'> {
	return Object.fromEntries(
		Object.entries(EMBED_PROTOCOL).filter(([key]) => key !== 'hideable')
	) as Omit<typeof EMBED_PROTOCOL, 'hideable'>;
}
