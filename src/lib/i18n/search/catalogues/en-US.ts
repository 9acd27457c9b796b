import { searchEn, type SearchMessages } from '../en';

/** American English: the British catalogue where the words are the same. */
export default { ...searchEn } satisfies SearchMessages;
