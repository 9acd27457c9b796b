import { authoringEn, type AuthoringMessages } from '../en';

/** American English: the British catalogue where the words are the same. */
export default {
	...authoringEn
} satisfies AuthoringMessages;
