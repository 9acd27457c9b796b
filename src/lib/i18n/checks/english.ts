import { asWrittenEn } from './asWrittenEn';
import { dateWordsEn } from './dateWordsEn';
import { checkCoreEn, type CheckMessages } from './en';
import { importEn } from './importEn';

/** All the checker's words in British English: the catalogue the others follow. */
export const checksEn: CheckMessages = {
	says: { ...checkCoreEn.says, ...dateWordsEn, ...importEn, ...asWrittenEn }
};
