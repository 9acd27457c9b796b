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

const tsx = createRequire(import.meta.url).resolve('tsx/cli');

/** A command run as npm runs it, by tsx, without npx's own start-up. */
function tsxRun(file: string, ...args: string[]) {
	return spawnSync(process.execPath, [tsx, file, ...args], { encoding: 'utf8', timeout: 60_000 });
}

function run(...args: string[]) {
	return tsxRun(cli, ...args);
}

/** As the README has it: through npm, which prints its own lines on stdout first. */
function npmRun(script: string, ...args: string[]) {
	const root = new URL('../../', import.meta.url).pathname;
	return spawnSync('npm', ['run', script, '--', ...args], {
		cwd: root,
		encoding: 'utf8',
		timeout: 60_000
	});
}

// Each case starts a Node process: seconds each on a busy machine.
describe('npm run import:timelinejs', { timeout: 60_000 }, () => {
	it('prints the story on stdout and warnings on stderr', () => {
		const { status, stdout, stderr } = run(sheet, '--publisher', 'Knight Lab', '--id', 'wic');
		expect(status).toBe(0);
		const story = JSON.parse(stdout);
		expect(story).toMatchObject({ format: 'sourceline/story@3', id: 'wic' });
		expect(story.events).toHaveLength(10);
		// The sheet is not dated, and none was given: not known, none invented.
		expect(story.sources[0].published).toBeNull();
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

	it.each([
		[['--id', '../../x'], /id/],
		[['--published', '2025-02-30'], /published/],
		[['--time-zone', 'Mars/Olympus'], /Mars\/Olympus/],
		[['--url', 'javascript:alert(1)'], /url/]
	])('writes nothing the site would refuse: %j', (args, named) => {
		const dir = mkdtempSync(join(tmpdir(), 'import-'));
		const output = join(dir, 'story.json');
		const { status, stderr } = run(sheet, '--publisher', 'Knight Lab', ...args, '-o', output);
		expect(status).toBe(1);
		expect(stderr).toMatch(/^Not written: the story would not load\./m);
		expect(stderr).toMatch(named);
		expect(() => readFileSync(output)).toThrow();
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

	it('--output writes a file that is only the story, though npm prints its banner', () => {
		const folder = mkdtempSync(join(tmpdir(), 'import-'));
		const output = join(folder, 'story.json');
		const { status, stdout } = npmRun('import:timelinejs', sheet, '-o', output, '--id', 'wic');
		expect(status).toBe(0);
		expect(stdout).toMatch(/> sourceline@.* import:timelinejs/);
		expect(JSON.parse(readFileSync(output, 'utf8'))).toMatchObject({ id: 'wic' });
	});

	it.each(['--help', '-h'])('%s prints the usage on stdout and exits 0', (flag) => {
		const { status, stdout, stderr } = run(flag);
		expect(status).toBe(0);
		expect(stdout).toMatch(/^Usage: npm run import:timelinejs -- <file.json\|file.csv>/);
		expect(stdout).toMatch(/-o, --output <file>/);
		expect(stderr).toBe('');
	});

	it.each([
		{ args: ['--colour', 'red', 'x.csv'], says: /Unknown option '--colour'/ },
		{ args: [], says: /^Usage:/ },
		{ args: ['a.csv', 'b.csv'], says: /^Usage:/ },
		{ args: ['a.csv', '--out', 'folder', '--output', 'story.json'], says: /^Usage:/ },
		{ args: ['a.csv', '--published-note', 'a guess'], says: /--published-note says where/ }
	])('$args: the usage on stderr, exit code 2', ({ args, says }) => {
		const { status, stdout, stderr } = run(...args);
		expect(status).toBe(2);
		expect(stdout).toBe('');
		expect(stderr).toMatch(says);
		expect(stderr).toMatch(/Usage: npm run import:timelinejs/);
	});
});

describe('npm run draft and npm run schema', { timeout: 60_000 }, () => {
	const tool = (name: string) => new URL(`./${name}.ts`, import.meta.url).pathname;

	it.each(['draft', 'schema'])('%s --help prints its usage and exits 0', (name) => {
		const { status, stdout } = tsxRun(tool(name), '--help');
		expect(status).toBe(0);
		expect(stdout).toMatch(new RegExp(`^Usage: npm run ${name}`));
	});

	it('draft --output writes the draft story there', () => {
		const folder = mkdtempSync(join(tmpdir(), 'draft-'));
		const article = join(folder, 'talks.txt');
		writeFileSync(article, 'Talks\nThe leaders met on Friday.\n');
		const output = join(folder, 'story.json');
		const args = [article, '--published', '2025-02-27', '--zone', 'Europe/London', '-o', output];
		const { status } = tsxRun(tool('draft'), ...args);
		expect(status).toBe(0);
		expect(JSON.parse(readFileSync(output, 'utf8'))).toMatchObject({ id: 'talks' });
	});
});
