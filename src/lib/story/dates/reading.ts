import type { CheckKey, CheckValue } from '../../i18n/checks/en';
import { readingsEn } from '../../i18n/checks/readingsEn';
import { seasonReadingsEn } from '../../i18n/checks/seasonReadingsEn';
import { said, type Said } from '../said';

const english = { says: { ...seasonReadingsEn, ...readingsEn } };

/**
 * What a reading of date words takes for granted, both ways it is told (see `Said`): its
 * English comes with the rules for date words that write it, the reader's language with the
 * reader's view. (An EDTF season's reading, which needs none of those rules, is edtfSeasons.ts'.)
 */
export function reading(key: CheckKey, values?: Record<string, CheckValue>): Said {
	return said(key, values, english);
}
