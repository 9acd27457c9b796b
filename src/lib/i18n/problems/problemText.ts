import { fill, plural } from '../plural';
import type { ProblemMessages, ProblemWords } from './en';

/** A problem in `words`, its places filled (a count by the language's plural rules). */
export function problemText(problem: ProblemWords, words: ProblemMessages): string {
	const message = words.says[problem.key];
	const values = problem.values ?? {};
	return typeof message === 'string'
		? fill(message, values)
		: fill(plural(message, Number(values.n)), values);
}
