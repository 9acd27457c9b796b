import { activeLocale } from '../active';
import { lazyCatalogue } from '../lazyCatalogue';
import type { StoryIssue } from '$lib/story/types';
import { checkText, hasWords, type CheckCatalogue } from './checkText';
import { dateWordsEn } from './dateWordsEn';
import { checkCoreEn } from './en';

/**
 * The English the views start with: the checker's words and its date words' reasons. Not a
 * TimelineJS file's problems (importEn.ts), one told as text (asWrittenEn.ts), nor the notes
 * on what a date's reading takes for granted (readingsEn.ts, seasonReadingsEn.ts): in
 * English each is its message, written from those words, so only what writes them loads them.
 */
const english: CheckCatalogue = { says: { ...checkCoreEn.says, ...dateWordsEn } };

/**
 * The story checker's words in the page's language, loaded with the views that list a
 * story's problems (an embed's problem view, the editor, the drafting page). Each language a
 * chunk of its own, written out as the other catalogues' are.
 */
const checks = lazyCatalogue<CheckCatalogue>(english, {
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

/**
 * A story's problem in the page's language (once `loadCheckWords` has loaded it); in English,
 * one whose words the page has not loaded (a TimelineJS file's, the build's) as its message.
 */
export function issueText(issue: Pick<StoryIssue, 'message' | 'says'>): string {
	const words = checks.words();
	return hasWords(issue.says, words) ? checkText(issue.says, words, activeLocale()) : issue.message;
}
