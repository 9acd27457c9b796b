// One place that says which browsers the tests drive.
// A machine without Playwright's own browser downloads uses the system's: Debian's packages
// install Chromium at /usr/bin/chromium, Firefox ESR at /usr/bin/firefox-esr and WebKitGTK's
// WebDriver server at /usr/bin/WebKitWebDriver. CHROMIUM_PATH, FIREFOX_PATH and
// WEBKIT_DRIVER_PATH override them.
import { existsSync } from 'node:fs';

/** @param {string | undefined} override @param {string} system */
function pick(override, system) {
	return override || (existsSync(system) ? system : undefined);
}

const chromiumPath = pick(process.env.CHROMIUM_PATH, '/usr/bin/chromium');

/** Launch options shared by Playwright's end-to-end run and Vitest's browser mode. */
export const chromiumLaunchOptions = {
	...(chromiumPath ? { executablePath: chromiumPath } : {}),
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run',
		'--disable-quic'
	]
};

/** Firefox as installed (a release), for the end-to-end specs and the engine journeys. */
export const firefoxPath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

/** WebKitGTK's WebDriver server (Debian's `webkit2gtk-driver`), for the engine journeys. */
export const webkitDriverPath = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';
