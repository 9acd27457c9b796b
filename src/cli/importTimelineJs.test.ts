import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const cli = new URL('./importTimelineJs.ts', import.meta.url).pathname;
const sheet = join(
	dirname(createRequire(import.meta.url).resolve('@knight-lab/timelinejs/package.json')),
	'src/js/core/__tests__/women_in_computing.csv'
);

function run(...args: string[]) {
	return spawnSync('npx', ['tsx', cli, ...args], { encoding: 'utf8', timeout: 60_000 });
}

describe('npm run import:timelinejs', () => {
	it('prints the story on stdout and warnings on stderr', () => {
		const { status, stdout, stderr } = run(sheet, '--publisher', 'Knight Lab', '--id', 'wic');
		expect(status).toBe(0);
		const story = JSON.parse(stdout);
		expect(story).toMatchObject({ format: 'sourceline/story@3', id: 'wic' });
		expect(story.events).toHaveLength(10);
		expect(stderr).toMatch(/row 4 \(“Edith Clarke: Bucking the Trend”\) › Media: Dropped/);
	});

	it('stops with exit code 1 and a message naming the slide and field', () => {
		const folder = mkdtempSync(join(tmpdir(), 'import-'));
		const file = join(folder, 'bad.json');
		writeFileSync(
			file,
			JSON.stringify({ events: [{ start_date: { year: 'x' }, text: { headline: 'Bad' } }] })
		);
		const { status, stdout, stderr } = run(file);
		expect(status).toBe(1);
		expect(stdout).toBe('');
		expect(stderr).toBe(
			`${file} › events[0] (“Bad”) › start_date.year: "x" is not a whole number\n`
		);
	});

	it('writes a data folder with the source text and its SHA-256', () => {
		const folder = mkdtempSync(join(tmpdir(), 'import-'));
		expect(run(sheet, '--publisher', 'Knight Lab', '--out', folder).status).toBe(0);
		const story = JSON.parse(readFileSync(join(folder, 'story.json'), 'utf8'));
		const [source] = story.sources;
		expect(source.text).toBeUndefined();
		expect(readFileSync(join(folder, source.file), 'utf8')).toMatch(/^Women in Computing\n/);
		expect(source.sha256).toMatch(/^[0-9a-f]{64}$/);
	});
});
