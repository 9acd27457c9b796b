import { activeLocale } from '$lib/i18n/active';
import type { ResolvedDate } from '$lib/story/types';

type Reading = Pick<ResolvedDate, 'assumption' | 'assumes'>;

/**
 * What a date's reading takes for granted, in the page's language, where English will do
 * without loading anything (an English page, or a date read before the words came with it);
 * undefined where another language's words must be loaded first (`assumptionWords`).
 */
export function assumptionNow(when: Reading): string | undefined {
	if (!when.assumption) return undefined;
	return !when.assumes || activeLocale().startsWith('en') ? when.assumption : undefined;
}

/** The same in another language: its words loaded on demand (the reader's panel does without them). */
export async function assumptionWords(when: Reading): Promise<string> {
	const message = when.assumption ?? '';
	if (!when.assumes) return message;
	const { issueText, loadCheckWords } = await import('$lib/i18n/checks/words');
	await loadCheckWords();
	return issueText({ message, says: when.assumes });
}
