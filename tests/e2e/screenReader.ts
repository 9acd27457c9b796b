import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

/**
 * A screen reader in the page under test: Guidepup's Virtual Screen Reader, which builds the
 * accessibility tree from the live DOM (roles, names, descriptions, states) and says what a
 * screen reader would, as the page's own focus moves, as its virtual cursor moves, and as
 * live regions change. Served from the site's own origin (the pages' content security policy
 * admits their own scripts only) and loaded with a dynamic import.
 */
const bundle = readFileSync(
	createRequire(import.meta.url).resolve('@guidepup/virtual-screen-reader/browser.js'),
	'utf8'
);
const scriptPath = '/__virtual-screen-reader.js';

interface Virtual {
	start(options: { container: Element }): Promise<void>;
	stop(): Promise<void>;
	next(): Promise<void>;
	previous(): Promise<void>;
	act(): Promise<void>;
	lastSpokenPhrase(): Promise<string>;
	spokenPhraseLog(): Promise<string[]>;
	clearSpokenPhraseLog(): Promise<void>;
}
type WithReader = Window & { screenReader: Virtual };

export interface ScreenReader {
	/** Everything said since it started (or since the last `clear`), in order. */
	spoken(): Promise<string[]>;
	/** What was said last. */
	last(): Promise<string>;
	/** Forgets what was said so far. */
	clear(): Promise<void>;
	/** The reading cursor moves to the next item, and says it. */
	next(): Promise<string>;
	/** Moves the reading cursor on until it says `phrase`; fails after `limit` items. */
	nextUntil(phrase: string | RegExp, limit?: number): Promise<string>;
	/** Acts on the item under the reading cursor (Enter on a button), as a reader would. */
	act(): Promise<void>;
}

/** Starts a screen reader on the page as it is now (the whole document). */
export async function startScreenReader(page: Page): Promise<ScreenReader> {
	await page.route(`**${scriptPath}`, (route) =>
		route.fulfill({ body: bundle, contentType: 'text/javascript' })
	);
	await page.evaluate(async (path) => {
		const { virtual } = (await import(/* @vite-ignore */ path)) as { virtual: Virtual };
		(window as unknown as WithReader).screenReader = virtual;
		await virtual.start({ container: document.body });
	}, scriptPath);
	const call = <T>(method: keyof Virtual) =>
		page.evaluate(
			(name) => ((window as unknown as WithReader).screenReader[name] as () => Promise<T>)(),
			method
		);
	const next = async () => {
		await call('next');
		return call<string>('lastSpokenPhrase');
	};
	return {
		spoken: () => call<string[]>('spokenPhraseLog'),
		last: () => call<string>('lastSpokenPhrase'),
		clear: () => call<void>('clearSpokenPhraseLog'),
		next,
		async nextUntil(phrase, limit = 200) {
			const said: string[] = [];
			for (let i = 0; i < limit; i++) {
				const words = await next();
				said.push(words);
				if (typeof phrase === 'string' ? words === phrase : phrase.test(words)) return words;
			}
			throw new Error(`never said ${phrase} in ${limit} items; said:\n${said.join('\n')}`);
		},
		act: () => call<void>('act')
	};
}
