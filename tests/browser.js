// One place that says which browsers the tests drive.
// A machine without Playwright's own browser downloads uses the system's: Debian's packages
// install Chromium at /usr/bin/chromium and Firefox ESR at /usr/bin/firefox-esr.
// CHROMIUM_PATH and FIREFOX_PATH override both.
import { existsSync } from 'node:fs';

/** @param {string | undefined} override @param {string} system */
function pick(override, system) {
	return override || (existsSync(system) ? system : undefined);
}

const chromiumPath = pick(process.env.CHROMIUM_PATH, '/usr/bin/chromium');
const firefoxPath = pick(process.env.FIREFOX_PATH, '/usr/bin/firefox-esr');

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

/**
 * Firefox as installed (a release, not Playwright's patched build), driven over WebDriver BiDi.
 * Without a system Firefox, Playwright's own `firefox` is used.
 */
export const firefoxProject = firefoxPath
	? { channel: 'moz-firefox', launchOptions: { executablePath: firefoxPath } }
	: {};
