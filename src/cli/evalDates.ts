// npm run eval:dates [-- --set tune|held-out|held-out-b|all] [--misses]
// Scores the drafting module's date words (draftArticle's mentions) and chrono-node alone on
// the same hand-annotated news articles, and prints their figures side by side.
import { HELD_OUT_ARTICLES } from '../lib/draft/evaluation/articles.heldOut';
import { HELD_OUT_B_ARTICLES } from '../lib/draft/evaluation/articles.heldOutB';
import { TUNE_ARTICLES } from '../lib/draft/evaluation/articles.tune';
import type { AnnotatedArticle } from '../lib/draft/evaluation/annotated';
import { evaluate, type ArticleTally } from '../lib/draft/evaluation/evaluate';
import { exact, foundF1, point } from '../lib/draft/evaluation/score';
import { chronoReadings, sourcelineReadings } from '../lib/draft/evaluation/taggers';
import { readCommandLine, runCommand } from './commandLine';

const USAGE = `Usage: npm run eval:dates -- [--set tune|held-out|held-out-b|all] [--misses]

Scores Sourceline's date words and chrono-node's on a set of hand-annotated articles: the
tuning half (by default), the first or second held-out half, or all of them. Prints found
F1 (any overlap); of the expressions found, those resolved right, coarser but honest
(counted apart), wrong and unresolved; the share of all expressions resolved right; and the
words taken for dates that are none. Sourceline must give the gold interval exactly;
chrono-node's one moment is right where it falls in the gold interval (its value at the
gold's granularity).

  --set <set>  tune, held-out, held-out-b or all
  --misses     list every expression not resolved right, and every false positive
  -h, --help   print this and stop`;

const OPTIONS = {
	set: { type: 'string', default: 'tune' },
	misses: { type: 'boolean', default: false }
} as const;

const SETS: Record<string, { name: string; articles: AnnotatedArticle[] }> = {
	tune: { name: 'the tuning articles', articles: TUNE_ARTICLES },
	'held-out': { name: 'the held-out articles', articles: HELD_OUT_ARTICLES },
	'held-out-b': { name: 'the second held-out articles', articles: HELD_OUT_B_ARTICLES },
	all: {
		name: 'all the articles',
		articles: [...TUNE_ARTICLES, ...HELD_OUT_ARTICLES, ...HELD_OUT_B_ARTICLES]
	}
};

const percent = (part: number, whole: number) => `${Math.round((100 * part) / (whole || 1))}%`;

function line(name: string, tally: ArticleTally): string {
	const { found } = tally;
	return [
		name.padEnd(12),
		String(tally.gold).padStart(5),
		foundF1(tally).toFixed(2).padStart(6),
		percent(tally.right, found).padStart(6),
		percent(tally.coarser, found).padStart(8),
		percent(tally.wrong, found).padStart(6),
		percent(tally.unresolved, found).padStart(11),
		percent(tally.right, tally.gold).padStart(13),
		String(tally.falsePositives.length).padStart(16)
	].join(' ');
}

function run(values: { set: string; misses: boolean }): number {
	const chosen = SETS[values.set];
	if (!chosen) {
		console.error(`--set: "${values.set}" is none of ${Object.keys(SETS).join(', ')}`);
		return 2;
	}
	const { articles, name: set } = chosen;
	const ours = evaluate(articles, sourcelineReadings, exact);
	const chrono = evaluate(articles, chronoReadings, point);
	console.log(`Date words on ${set} (${articles.length} articles)\n`);
	console.log(
		'tagger        gold  found  right  coarser  wrong  unresolved  right of all  false positives'
	);
	console.log(line('Sourceline', ours));
	console.log(line('chrono-node', chrono));
	if (values.misses) {
		for (const [name, tally] of [
			['Sourceline', ours],
			['chrono-node', chrono]
		] as const) {
			console.log(`\n${name}: not right`);
			for (const miss of tally.missesIn) {
				console.log(
					`  ${miss.article}: “${miss.words}” (${miss.value}) ${miss.outcome}${miss.found ? `, read “${miss.found}”` : ''}`
				);
			}
			console.log(
				`${name}: false positives: ${tally.falsePositives.map((w) => `“${w}”`).join(', ') || 'none'}`
			);
		}
	}
	return 0;
}

process.exitCode = runCommand(
	readCommandLine<{ set: string; misses: boolean }>(process.argv.slice(2), OPTIONS),
	USAGE,
	run
);
