import type { CheckKey, CheckValue } from '../../i18n/checks/en';
import { dateWordsEn } from '../../i18n/checks/dateWordsEn';
import { readingsEn } from '../../i18n/checks/readingsEn';
import { failed, type Failed } from '../said';

const english = { says: { ...dateWordsEn, ...readingsEn } };

/**
 * A reason the rules that read date words give (the checker's own problems are `failed`'s):
 * their English comes with those rules, which the checker loads only for date words.
 */
export function wordFailure(key: CheckKey, values?: Record<string, CheckValue>): Failed {
	return failed(key, values, english);
}
