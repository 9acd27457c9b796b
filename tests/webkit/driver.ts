import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { Builder, type WebDriver } from 'selenium-webdriver';

/**
 * WebKit (WebKitGTK, Safari's engine) through its own WebDriver server, under a virtual
 * display. Debian's `webkit2gtk-driver` and `xvfb` packages provide both; WEBKIT_DRIVER_PATH
 * picks another driver binary. Classic WebDriver only: no touch, and a wheel carries no
 * modifier keys.
 */
export interface WebKitServer {
	url: string;
	stop(): Promise<void>;
}

const driverPath = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';

/** A port the system has just handed out, so free for the driver to take. */
async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	await new Promise((resolve) => server.close(resolve));
	if (!address || typeof address === 'string') throw new Error('no port');
	return address.port;
}

/** Starts Xvfb on the first free display; resolves with its number once it accepts clients. */
function startDisplay(): Promise<{ display: string; process: ChildProcess }> {
	const xvfb = spawn(
		'Xvfb',
		['-displayfd', '3', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'],
		{
			stdio: ['ignore', 'ignore', 'inherit', 'pipe']
		}
	);
	return new Promise((resolve, reject) => {
		xvfb.once('error', reject);
		xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code})`)));
		xvfb.stdio[3]!.once('data', (data) =>
			resolve({ display: `:${String(data).trim()}`, process: xvfb })
		);
	});
}

async function waitForStatus(url: string, driver: ChildProcess): Promise<void> {
	for (let attempt = 0; attempt < 100; attempt++) {
		if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited (${driver.exitCode})`);
		try {
			if ((await fetch(`${url}/status`)).ok) return;
		} catch {
			// Not listening yet.
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error('WebKitWebDriver did not start');
}

function stopProcess(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
	return new Promise((resolve) => {
		child.once('exit', () => resolve());
		child.kill();
	});
}

export async function startWebKit(): Promise<WebKitServer> {
	if (!existsSync(driverPath))
		throw new Error(
			`${driverPath} not found: install Debian's webkit2gtk-driver and xvfb (bash .ci/run does), or set WEBKIT_DRIVER_PATH`
		);
	const { display, process: xvfb } = await startDisplay();
	const port = await freePort();
	const driver = spawn(driverPath, [`--port=${port}`], {
		env: { ...process.env, DISPLAY: display },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const url = `http://127.0.0.1:${port}`;
	const stop = async () => {
		await stopProcess(driver);
		await stopProcess(xvfb);
	};
	try {
		await waitForStatus(url, driver);
	} catch (error) {
		await stop();
		throw error;
	}
	return { url, stop };
}

/** A browser (MiniBrowser, WebKitGTK's own). */
export function openSession(server: WebKitServer): Promise<WebDriver> {
	return new Builder()
		.usingServer(server.url)
		.withCapabilities({ browserName: 'MiniBrowser' })
		.build();
}

/**
 * Readies `session` for the next test: the site's storage emptied (a stored theme, say), the
 * page blank, the viewport `width` × `height`.
 */
export async function resetSession(
	session: WebDriver,
	site: string,
	width = 1280,
	height = 900
): Promise<void> {
	await session.get(`${site}/favicon.svg`);
	await session.executeScript('localStorage.clear(); sessionStorage.clear()');
	await session.manage().deleteAllCookies();
	await session.get('about:blank');
	// The window is set, not the viewport: grow it by what its frame takes.
	const window = session.manage().window();
	await window.setRect({ width, height });
	const [innerWidth, innerHeight] = await session.executeScript<[number, number]>(
		'return [innerWidth, innerHeight]'
	);
	await window.setRect({ width: 2 * width - innerWidth, height: 2 * height - innerHeight });
}
