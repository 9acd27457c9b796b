/**
 * `npm run import:timelinejs -- <file> [options]`: a TimelineJS3 JSON file or a TimelineJS
 * spreadsheet exported as CSV, as a Sourceline story (the options: see USAGE). Warnings (such
 * as media dropped for not being http(s)) go to stderr; problems stop it with exit code 1.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { formatStoryIssues, loadStory } from '../lib/story/loadStory';
import type { PublishedInput, StoryInput } from '../lib/story/storyInput';
import { importTimelineJs } from '../lib/import/timelinejs/importTimelineJs';
import { jsonText, readCommandLine, runCommand, writeJson } from './commandLine';

const USAGE = `Usage: npm run import:timelinejs -- <file.json|file.csv> [options]

Prints the story on stdout, or writes it with --output (npm's own first lines go to stdout
too: use --output, or npm run --silent, to get a file that is only the story).

  -o, --output <file>    write the story there instead of stdout
  --out <folder>         write a data folder there instead: story.json and the source text
  --id <slug>            the story's id (default: from the title slide)
  --publisher <name>     who published the timeline (default: the file's name)
  --url <address>        where the timeline can be found
  --url-label <words>    what that link is called (default: The TimelineJS timeline)
  --license <terms>      terms of reuse to show with the source, e.g. MPL-2.0
  --published <date>     its publication date, as the publisher states it
  --published-note <how> where that date comes from when it is not stated (editorial)
                         (without --published: the publication date is not known)
  --language <tag>       BCP 47 language tag (default: en)
  --time-zone <zone>     IANA zone of the axis and of the file's times (default: UTC)
  -h, --help             print this and stop`;

interface Values {
	output?: string;
	out?: string;
	id?: string;
	publisher?: string;
	url?: string;
	'url-label'?: string;
	license?: string;
	published?: string;
	'published-note'?: string;
	language: string;
	'time-zone': string;
}

const OPTIONS = {
	output: { type: 'string', short: 'o' },
	out: { type: 'string' },
	id: { type: 'string' },
	publisher: { type: 'string' },
	url: { type: 'string' },
	'url-label': { type: 'string' },
	license: { type: 'string' },
	published: { type: 'string' },
	'published-note': { type: 'string' },
	language: { type: 'string', default: 'en' },
	'time-zone': { type: 'string', default: 'UTC' }
} as const;

function run(values: Values, positionals: string[]): number {
	const [file] = positionals;
	if (!file || positionals.length > 1 || (values.output && values.out)) {
		process.stderr.write(`${USAGE}\n`);
		return 2;
	}
	const note = values['published-note'];
	if (note && !values.published) {
		process.stderr.write(`--published-note says where a --published date comes from\n\n${USAGE}\n`);
		return 2;
	}
	// TimelineJS files carry no publication date: without one given, it is not known.
	const published: PublishedInput | null = values.published
		? {
				date: values.published,
				timeZone: values['time-zone'],
				...(note ? { basis: 'editorial', note } : { basis: 'stated' })
			}
		: null;
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
		urlLabel: values['url-label'],
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
	// Nothing is written that the site would refuse: the loader checks it first (the id, the
	// publication date, the zone, the address, every date), each problem naming its field.
	const checked = loadStory(result.story, file);
	if (!checked.ok) {
		process.stderr.write(
			`Not written: the story would not load.\n${formatStoryIssues(checked.issues)}\n`
		);
		return 1;
	}
	if (values.out) writeDataFolder(result.story, values.out);
	else writeJson(result.story, values.output);
	return 0;
}

/** A data folder: the source text byte-exact beside story.json, which records its SHA-256. */
function writeDataFolder(story: StoryInput, folder: string): void {
	mkdirSync(folder, { recursive: true });
	const sources = story.sources.map(({ text = '', ...source }) => {
		const name = `${story.id}-${source.id}.txt`;
		writeFileSync(join(folder, name), text, 'utf8');
		const sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
		return { ...source, file: name, sha256 };
	});
	// `$schema` lets an editor check the file against the format's JSON Schema.
	const written = { $schema: '/story.schema.json', ...story, sources };
	writeFileSync(join(folder, 'story.json'), jsonText(written));
	process.stderr.write(`Wrote ${join(folder, 'story.json')}\n`);
}

process.exitCode = runCommand(readCommandLine<Values>(process.argv.slice(2), OPTIONS), USAGE, run);
