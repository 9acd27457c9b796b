import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const tsx = createRequire(import.meta.url).resolve('tsx/cli');
const draft = new URL('./draft.ts', import.meta.url).pathname;

function runDraft(text: string, ...args: string[]) {
	const article = join(mkdtempSync(join(tmpdir(), 'draft-language-')), 'rat.txt');
	writeFileSync(article, text);
	return spawnSync(
		process.execPath,
		[tsx, draft, article, '--published', '2025-02-28', '--zone', 'Europe/Berlin', ...args],
		{ encoding: 'utf8', timeout: 60_000 }
	);
}

// Each case starts a Node process: seconds each on a busy machine.
describe('npm run draft --language', { timeout: 60_000 }, () => {
	it('drafts a German article, written and resolved in German', () => {
		const { status, stdout, stderr } = runDraft(
			'Rat\nDer Rat hat am Dienstag abgestimmt.\n',
			'--language',
			'de-DE',
			'--resolved'
		);
		expect(stderr).toBe('');
		expect(status).toBe(0);
		const story = JSON.parse(stdout);
		expect(story.language).toBe('de-DE');
		expect(story.events[0].when).toMatchObject({
			text: 'am Dienstag',
			expression: 'Tuesday',
			start: '2025-02-25',
			end: '2025-02-25'
		});
	});

	it('refuses a language it does not read, naming it and those it reads', () => {
		const { status, stdout, stderr } = runDraft(
			'Consejo\nEl consejo votó el martes.\n',
			'--language',
			'es'
		);
		expect(status).toBe(1);
		expect(stdout).toBe('');
		expect(stderr).toMatch(
			/The language “es” is not one drafting reads: use en \(English\), fr \(Français\), de \(Deutsch\)/
		);
	});

	it('names the option in its usage', () => {
		const { stdout } = spawnSync(process.execPath, [tsx, draft, '--help'], { encoding: 'utf8' });
		expect(stdout).toMatch(
			/--language <tag> +the article's language, a BCP 47 tag: en \(the default\), fr or de/
		);
	});
});
