import type { Widened } from '../en';

/**
 * The site's own pages' words (the home page's list of stories) in British English: a
 * catalogue apart from the reader's (../en.ts), so no story page or embed carries them. Every
 * other catalogue (catalogues/*.ts) follows this one.
 */
export const siteEn = {
	title: 'Sourceline: news timelines that show their sources',
	description: 'Zoomable news timelines where every event points to the exact words of its source.',
	stories: 'Stories',
	from: 'from {publishers}',
	draftAsk: 'Have an article?',
	draftLink: 'Draft a story from it',
	draftWhat:
		': its date words found and resolved, each proposal quoting its exact words, for an editor to check.'
};

/** What every catalogue of the site's pages holds. */
export type SiteMessages = Widened<typeof siteEn>;
