/**
 * `npm run import:timelinejs -- <file> [options]`: a TimelineJS3 JSON file or a TimelineJS
 * spreadsheet exported as CSV, printed as a Sourceline story on stdout. Warnings (such as
 * media dropped for not being http(s)) go to stderr; problems stop it with exit code 1.
 *
 *   --id <slug>            the story's id (default: from the title slide)
 *   --publisher <name>     who published the timeline (default: the file's name)
 *   --url <address>        where the timeline can be found
 *   --license <terms>      terms of reuse to show with the source, e.g. MPL-2.0
 *   --published <date>     its publication date, as the publisher states it
 *   --published-note <how> where that date comes from when it is not stated (editorial)
 *                          (with neither: today, marked editorial)
 *   --language <tag>       BCP 47 language tag (default: en)
 *   --time-zone <zone>     IANA zone of the axis and of the file's times (default: UTC)
 *   --out <folder>         write story.json and the source text file there instead
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatStoryIssues } from '../lib/story/loadStory';
import type { PublishedInput } from '../lib/story/storyInput';
import { importTimelineJs } from '../lib/import/timelinejs/importTimelineJs';

function main(): number {
	const { values, positionals } = parseArgs({
		allowPositionals: true,
		options: {
			id: { type: 'string' },
			publisher: { type: 'string' },
			url: { type: 'string' },
			license: { type: 'string' },
			published: { type: 'string' },
			'published-note': { type: 'string' },
			language: { type: 'string', default: 'en' },
			'time-zone': { type: 'string', default: 'UTC' },
			out: { type: 'string' }
		}
	});
	const [file] = positionals;
	if (!file || positionals.length > 1) {
		process.stderr.write('Usage: npm run import:timelinejs -- <file.json|file.csv> [options]\n');
		return 2;
	}
	const note = values['published-note'];
	const published: PublishedInput = values.published
		? {
				date: values.published,
				timeZone: values['time-zone'],
				...(note ? { basis: 'editorial', note } : { basis: 'stated' })
			}
		: {
				date: new Date().toISOString().slice(0, 10),
				timeZone: 'UTC',
				basis: 'editorial',
				note: 'The TimelineJS file gives no publication date; this is the day it was imported.'
			};
	let contents: string;
	try {
		contents = readFileSync(file, 'utf8');
	} catch (error) {
		process.stderr.write(`Cannot read ${file}: ${(error as Error).message}\n`);
		return 1;
	}
	const result = importTimelineJs(contents, {
		file,
		id: values.id,
		publisher: values.publisher ?? basename(file),
		url: values.url,
		license: values.license,
		published,
		language: values.language,
		timeZone: values['time-zone']
	});
	if (!result.ok) {
		process.stderr.write(`${formatStoryIssues(result.issues)}\n`);
		return 1;
	}
	if (result.warnings.length > 0) process.stderr.write(`${formatStoryIssues(result.warnings)}\n`);

	const { story } = result;
	if (!values.out) {
		process.stdout.write(`${JSON.stringify(story, null, '\t')}\n`);
		return 0;
	}
	// A data folder: the source text byte-exact beside story.json, which records its SHA-256.
	mkdirSync(values.out, { recursive: true });
	const sources = story.sources.map(({ text = '', ...source }) => {
		const name = `${story.id}-${source.id}.txt`;
		writeFileSync(join(values.out!, name), text, 'utf8');
		const sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
		return { ...source, file: name, sha256 };
	});
	// `$schema` lets an editor check the file against the format's JSON Schema.
	const written = { $schema: '/story.schema.json', ...story, sources };
	writeFileSync(join(values.out, 'story.json'), `${JSON.stringify(written, null, '\t')}\n`);
	process.stderr.write(`Wrote ${join(values.out, 'story.json')}\n`);
	return 0;
}

try {
	process.exitCode = main();
} catch (error) {
	// parseArgs refuses an unknown option or a missing value with a message of its own.
	process.stderr.write(`${(error as Error).message}\n`);
	process.exitCode = 2;
}
