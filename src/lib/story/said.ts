import { checkText, type CheckCatalogue } from '../i18n/checks/checkText';
import { checkCoreEn, type CheckKey, type CheckValue, type CheckWords } from '../i18n/checks/en';

/**
 * A problem a check finds, both ways it is told: `says`, its key and values, which a
 * reader's view writes in the reader's language; `message`, the same in English, for the
 * command line, the build and the logs.
 */
export interface Said {
	message: string;
	says: CheckWords;
}

/** The words of a problem: a message of the checker's catalogue and its values. */
export function words(key: CheckKey, values?: Record<string, CheckValue>): CheckWords {
	return values === undefined ? { key } : { key, values };
}

/** A problem, with its English message (from `english`, the checker's own words by default). */
export function said(
	key: CheckKey,
	values?: Record<string, CheckValue>,
	english: CheckCatalogue = checkCoreEn
): Said {
	return told(words(key, values), english);
}

/** `says` with its English message. */
export function told(says: CheckWords, english: CheckCatalogue = checkCoreEn): Said {
	return { message: checkText(says, english, 'en-GB'), says };
}

/**
 * Valibot carries a problem as one string, so the story format's messages are their words
 * written as JSON (`encoded`) and read back when an issue is filed (`decoded`). A message
 * that is not one (none should be) is kept as the value of "Invalid value".
 */
export function encoded(key: CheckKey, values?: Record<string, CheckValue>): string {
	return JSON.stringify(words(key, values));
}

export function decoded(message: string): CheckWords {
	try {
		const parsed: unknown = JSON.parse(message);
		if (isWords(parsed)) return parsed;
	} catch {
		// Not JSON: not one of ours.
	}
	return words('invalid', { value: message });
}

function isWords(value: unknown): value is CheckWords {
	return (
		typeof value === 'object' &&
		value !== null &&
		typeof (value as CheckWords).key === 'string' &&
		Object.hasOwn(checkCoreEn.says, (value as CheckWords).key)
	);
}

/** A check's failure: what a result that is not `ok` carries. */
export type Failed = { ok: false } & Said;

export function failed(
	key: CheckKey,
	values?: Record<string, CheckValue>,
	english?: CheckCatalogue
): Failed {
	return { ok: false, ...said(key, values, english) };
}

/**
 * A problem one of whose places, `place`, is another problem (`Cannot resolve "…": <reason>`),
 * its English written from the other's English, whichever words that came from.
 */
export function around(
	key: CheckKey,
	values: Record<string, CheckValue>,
	place: string,
	inner: Said
): Said {
	return {
		message: told(words(key, { ...values, [place]: inner.message })).message,
		says: words(key, { ...values, [place]: inner.says })
	};
}
