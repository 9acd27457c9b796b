// npm run draft -- <article.txt> --published <ISO date or date-time> --zone <IANA zone> [--resolved]
// Prints a draft story for the article on stdout; with --resolved, the story as
// /stories/<id>.json publishes it (every date resolved), so a reader can check the dates.
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import { draftInputProblem } from '../lib/draft/checkInput';
import { draftArticle } from '../lib/draft/proposals';
import { slugify } from '../lib/story/slug';
import { draftToStory } from '../lib/draft/toStory';
import { formatStoryIssues, loadStory } from '../lib/story/loadStory';

const USAGE =
	'Usage: npm run draft -- <article.txt> --published <ISO date or date-time> --zone <IANA zone> [--publisher <name>] [--resolved]';

function main(): number {
	let parsed;
	try {
		parsed = parseArgs({
			allowPositionals: true,
			options: {
				published: { type: 'string' },
				zone: { type: 'string' },
				publisher: { type: 'string' },
				resolved: { type: 'boolean', default: false }
			}
		});
	} catch (error) {
		console.error(`${(error as Error).message}\n${USAGE}`);
		return 2;
	}
	const { positionals, values } = parsed;
	const [file] = positionals;
	if (!file || !values.published || !values.zone) {
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
		publisher: values.publisher ?? ''
	};
	const problem = draftInputProblem(input);
	if (problem) {
		console.error(`${file}: ${problem}`);
		return 1;
	}
	const draft = draftArticle(input);
	const story = draftToStory(draft, {
		id,
		title: `Draft: ${basename(file)}`,
		include: 'proposed',
		undatedAsContext: true
	});
	if (!values.resolved) {
		console.log(JSON.stringify(story, null, '\t'));
		return 0;
	}
	const loaded = loadStory(story, file);
	if (!loaded.ok) {
		console.error(formatStoryIssues(loaded.issues));
		return 1;
	}
	console.log(JSON.stringify(loaded.story, null, '\t'));
	return 0;
}

process.exitCode = main();
