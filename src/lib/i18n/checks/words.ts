import { activeLocale } from '../active';
import { lazyCatalogue } from '../lazyCatalogue';
import type { StoryIssue } from '$lib/story/types';
import { checkText } from './checkText';
import { checksEn } from './english';

/**
 * The story checker's words in the page's language, loaded with the views that list a
 * story's problems (an embed's problem view, the editor, the drafting page). Each language a
 * chunk of its own, written out as the other catalogues' are.
 */
const checks = lazyCatalogue(checksEn, {
	'en-US': () => import('./catalogues/en-US'),
	fr: () => import('./catalogues/fr'),
	de: () => import('./catalogues/de'),
	es: () => import('./catalogues/es'),
	it: () => import('./catalogues/it'),
	pt: () => import('./catalogues/pt'),
	uk: () => import('./catalogues/uk'),
	ar: () => import('./catalogues/ar')
});

export const checksCatalogue = checks.catalogue;
export const loadCheckWords = checks.usePageLocale;
export const useCheckWords = checks.use;

/** A story's problem in the page's language (once `loadCheckWords` has loaded it). */
export function issueText(issue: Pick<StoryIssue, 'says'>): string {
	return checkText(issue.says, checks.words(), activeLocale());
}
