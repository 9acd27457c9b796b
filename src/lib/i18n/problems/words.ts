import { lazyCatalogue } from '../lazyCatalogue';
import { problemsEn, type ProblemWords } from './en';
import { problemText } from './problemText';

/**
 * The problems' words in the page's language, loaded with the view that shows one (an
 * embed that cannot show its story, a live embed whose file went wrong). Each language a
 * chunk of its own, written out as the other catalogues' are.
 */
const problems = lazyCatalogue(problemsEn, {
	'en-US': () => import('./catalogues/en-US'),
	fr: () => import('./catalogues/fr'),
	de: () => import('./catalogues/de'),
	es: () => import('./catalogues/es'),
	it: () => import('./catalogues/it'),
	pt: () => import('./catalogues/pt'),
	uk: () => import('./catalogues/uk'),
	ar: () => import('./catalogues/ar')
});

export const tProblem = problems.words;
export const problemsCatalogue = problems.catalogue;
export const loadProblemWords = problems.usePageLocale;

/** A problem in the page's language, its words loaded first (import this module on demand). */
export async function sayProblem(problem: ProblemWords): Promise<string> {
	await problems.usePageLocale();
	return problemText(problem, problems.words());
}
