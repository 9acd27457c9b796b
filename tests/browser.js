// One place that says which Chromium the tests drive.
// A machine without Playwright's own browser download uses the system Chromium
// (Debian's package installs it at /usr/bin/chromium); CHROMIUM_PATH overrides both.
import { existsSync } from 'node:fs';

const systemChromium = '/usr/bin/chromium';
const executablePath =
	process.env.CHROMIUM_PATH || (existsSync(systemChromium) ? systemChromium : undefined);

/** Launch options shared by Playwright's end-to-end run and Vitest's browser mode. */
export const chromiumLaunchOptions = {
	...(executablePath ? { executablePath } : {}),
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
