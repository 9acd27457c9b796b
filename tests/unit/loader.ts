import { runInNewContext } from 'node:vm';
import { loaderSource } from '../../src/lib/embed/host/loaderSource';

/** The loader's pure functions, from the very text the site serves at /embed.js. */
export interface Loader {
	shared: unknown;
	deepLinkEvent(hostUrl: string): string | null;
	withDeepLink(hostUrl: string, eventId: string | null): string;
	embedSrc(
		origin: string | null,
		settings: Record<string, unknown>,
		hostUrl: string
	): string | null;
	readHeight(data: unknown): number | null;
	readEvent(data: unknown): string | null | undefined;
	readReveal(data: unknown): { top: number; bottom: number; start: boolean } | null;
	revealDelta(top: number, bottom: number, view: number): number;
}

export function loadLoader(): Loader {
	const context = { module: { exports: {} }, URL, URLSearchParams };
	runInNewContext(loaderSource(), context);
	return context.module.exports as Loader;
}
