import { siteEn, type SiteMessages } from '../en';

/** American English: the British words serve, spelt the same. */
export default { ...siteEn } satisfies SiteMessages;
