import type { CheckCatalogue } from '../../i18n/checks/checkText';
import { checkCoreEn, type CheckKey, type CheckValue } from '../../i18n/checks/en';
import { importEn } from '../../i18n/checks/importEn';
import { describeValue } from '../../story/describeValue';
import { told, words, type Said } from '../../story/said';

/** The import's English: its own words, and the checker's it fills them with. */
const english: CheckCatalogue = { says: { ...checkCoreEn.says, ...importEn } };

/** A problem of the TimelineJS import, its English message written from `importEn`. */
export function said(key: CheckKey, values?: Record<string, CheckValue>): Said {
	return told(words(key, values), english);
}

/** "Expected a string, got a number": `what`, a word, and the value's type. */
export function expected(what: CheckKey, value: unknown): Said {
	return said('expected', { what: words(what), got: describeValue(value) });
}
