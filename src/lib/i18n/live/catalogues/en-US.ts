import { liveEn, type LiveMessages } from '../en';

/** American English: the British catalogue where the words are the same. */
export default { ...liveEn } satisfies LiveMessages;
