import { asWrittenEn } from './asWrittenEn';
import { dateWordsEn } from './dateWordsEn';
import { checkCoreEn, type CheckMessages } from './en';
import { importEn } from './importEn';
import { readingsEn } from './readingsEn';
import { seasonReadingsEn } from './seasonReadingsEn';

/** All the checker's words in British English: the catalogue the others follow. */
export const checksEn: CheckMessages = {
	says: {
		...checkCoreEn.says,
		...dateWordsEn,
		...readingsEn,
		...seasonReadingsEn,
		...importEn,
		...asWrittenEn
	}
};
