// npm run draft -- <article.txt> --published <ISO date or date-time> --zone <IANA zone> [options]
// Prints a draft story for the article on stdout (or writes it: see USAGE); with --resolved,
// the story as /stories/<id>.json publishes it (every date resolved), so a reader can check
// the dates.
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { draftInputProblem } from '../lib/draft/checkInput';
import type { LanguagePack } from '../lib/draft/languagePack';
import { draftLanguageOf } from '../lib/draft/languages';
import { loadLanguagePack } from '../lib/draft/loadLanguage';
import { draftArticle } from '../lib/draft/proposals';
import { slugify } from '../lib/story/slug';
import { draftToStory } from '../lib/draft/toStory';
import { formatStoryIssues, loadStory } from '../lib/story/loadStory';
import { readCommandLine, runCommand, writeJson } from './commandLine';

const USAGE = `Usage: npm run draft -- <article.txt> --published <ISO date or date-time> --zone <IANA zone> [options]

Prints a draft story for the article on stdout, or writes it with --output (npm's own first
lines go to stdout too: use --output, or npm run --silent, to get a file that is only JSON).

  --published <date>     the article's publication date: 2025-02-27 or a date-time with offset
  --zone <zone>          the IANA zone it was published in, e.g. Europe/London
  --publisher <name>     who published it
  --language <tag>       the article's language, a BCP 47 tag: en (the default), fr or de
                         (fr-CA, de-CH… are read by their language)
  --resolved             the story as /stories/<id>.json publishes it, every date resolved
  -o, --output <file>    write it there instead of stdout
  -h, --help             print this and stop`;

interface Values {
	published?: string;
	zone?: string;
	publisher?: string;
	language?: string;
	resolved: boolean;
	output?: string;
}

const OPTIONS = {
	published: { type: 'string' },
	zone: { type: 'string' },
	publisher: { type: 'string' },
	language: { type: 'string' },
	resolved: { type: 'boolean', default: false },
	output: { type: 'string', short: 'o' }
} as const;

function run(values: Values, positionals: string[], pack: LanguagePack | null): number {
	const [file] = positionals;
	if (!file || positionals.length > 1 || !values.published || !values.zone) {
		console.error(USAGE);
		return 2;
	}
	let article: string;
	try {
		article = readFileSync(file, 'utf8');
	} catch (error) {
		console.error(`${file}: ${(error as Error).message}`);
		return 1;
	}
	const id = slugify(basename(file, extname(file)), { length: Infinity }) || 'draft';
	const input = {
		article,
		published: values.published,
		timeZone: values.zone,
		publisher: values.publisher ?? '',
		...(values.language !== undefined && { language: values.language })
	};
	const problem = draftInputProblem(input);
	if (problem || !pack) {
		console.error(`${file}: ${problem ? problem : 'no language pack'}`);
		return 1;
	}
	const draft = draftArticle(input, pack);
	const story = draftToStory(draft, {
		id,
		title: `Draft: ${basename(file)}`,
		include: 'proposed',
		undatedAsContext: true
	});
	if (!values.resolved) {
		writeJson(story, values.output);
		return 0;
	}
	const loaded = loadStory(story, file);
	if (!loaded.ok) {
		console.error(formatStoryIssues(loaded.issues));
		return 1;
	}
	writeJson(loaded.story, values.output);
	return 0;
}

const line = readCommandLine<Values>(process.argv.slice(2), OPTIONS);
// The language's pack is loaded before the run; an unknown tag is reported by the input check.
const language = draftLanguageOf(line.kind === 'run' ? (line.values.language ?? 'en') : 'en');
const pack = language ? await loadLanguagePack(language) : null;
process.exitCode = runCommand(line, USAGE, (values, positionals) => run(values, positionals, pack));
