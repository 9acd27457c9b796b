import { DEFAULT_LOCALE, type Direction, type Locale } from './locales';
import { en, type Messages } from './en';

/**
 * The page's one interface language. A page (or an embed's frame) speaks one language for
 * its whole life: it is chosen, and its catalogue loaded, before the page is drawn, so the
 * strings need no reactivity. The server draws in English.
 */
let current: { locale: Locale; messages: Messages } = { locale: DEFAULT_LOCALE, messages: en };

/** The catalogue of the page's language. */
export function t(): Messages {
	return current.messages;
}

/** The page's language, as `Intl` takes it. */
export function activeLocale(): Locale {
	return current.locale;
}

/** Makes `locale` the page's language (see loadLocale.ts, which fetches its catalogue). */
export function setActive(locale: Locale, messages: Messages): void {
	current = { locale, messages };
}

/**
 * Draws with `locale` as the page's language and puts the one before back: for the server,
 * which draws a story's social card in the story's own language (one synchronous drawing).
 */
export function speaking<T>(locale: Locale, messages: Messages, draw: () => T): T {
	const before = current;
	current = { locale, messages };
	try {
		return draw();
	} finally {
		current = before;
	}
}

/** Which way time runs on the page's timelines (see `timeFlow` in locales.ts). */
let flow: Direction = 'ltr';

export function activeTimeFlow(): Direction {
	return flow;
}

export function setTimeFlow(direction: Direction): void {
	flow = direction;
}
