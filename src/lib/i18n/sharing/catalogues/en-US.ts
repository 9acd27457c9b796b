import { sharingEn, type SharingMessages } from '../en';

/** American English: the British catalogue but for its spelling of colour. */
export default {
	...sharingEn,
	options: { ...sharingEn.options, accent: 'Accent color' }
} satisfies SharingMessages;
