import { isIsoDateOrInstant } from '../story/dates/isoDate';
import { isValidTimeZone } from '../story/dates/timeZone';
import { draftLanguageOf, unsupportedLanguageMessage } from './languages';
import type { DraftInput } from './types';

/** What stops an article being drafted, in words for the editor; null when nothing does. */
export function draftInputProblem({
	article,
	published,
	timeZone,
	language
}: DraftInput): string | null {
	if (article.trim() === '') return 'Paste or drop the article’s text first.';
	if (!isIsoDateOrInstant(published.trim())) {
		return `The publication date “${published}” must be an ISO date (2025-02-27) or a date-time with its offset (2025-02-27T09:30+00:00).`;
	}
	if (!isValidTimeZone(timeZone.trim())) {
		return `“${timeZone}” is not a time zone; use an IANA name such as Europe/London.`;
	}
	if (language !== undefined && !draftLanguageOf(language)) {
		return unsupportedLanguageMessage(language);
	}
	return null;
}
