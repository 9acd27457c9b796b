/**
 * The reader's colour theme. `system` follows prefers-color-scheme; `light` and `dark`
 * override it through `data-theme` on <html>, which app.css turns into `color-scheme`.
 */
export type ThemeChoice = 'system' | 'light' | 'dark';

export const themeChoices: readonly ThemeChoice[] = ['system', 'light', 'dark'];

export const themeStorageKey = 'sourceline:theme';

/**
 * Puts the stored choice on <html>, and on an embed its `theme` option, which outranks it
 * (as the embed applies it once running). It runs in the page head (as /theme.js), before the
 * body is painted, so a dark choice or a dark embed never flashes light: it is serialised to
 * text (see `themeScript`) and must use nothing from outside its own body.
 */
export function restoreTheme(key: string): void {
	const root = document.documentElement;
	try {
		const choice = localStorage.getItem(key);
		if (choice === 'light' || choice === 'dark') root.dataset.theme = choice;
	} catch {
		// Storage can be blocked (privacy settings, sandboxed frames): follow the system.
	}
	const embed = /\/embed(?:\/|$)/.test(location.pathname);
	const asked = embed ? new URLSearchParams(location.search).get('theme') : null;
	if (asked === 'light' || asked === 'dark') root.dataset.theme = asked;
}

/** The text of /theme.js, which every page's head loads (see app.html). */
export const themeScript = `(${restoreTheme.toString()})(${JSON.stringify(themeStorageKey)});`;

/** The choice in effect: what `restoreTheme` or `chooseTheme` left on the root. */
export function currentTheme(root: HTMLElement): ThemeChoice {
	const theme = root.dataset.theme;
	return theme === 'light' || theme === 'dark' ? theme : 'system';
}

/** Applies a choice to the root and remembers it for the next page. */
export function chooseTheme(choice: ThemeChoice, root: HTMLElement, storage?: Storage): void {
	if (choice === 'system') delete root.dataset.theme;
	else root.dataset.theme = choice;
	try {
		if (choice === 'system') storage?.removeItem(themeStorageKey);
		else storage?.setItem(themeStorageKey, choice);
	} catch {
		// Not remembered, but still applied to this page.
	}
}
