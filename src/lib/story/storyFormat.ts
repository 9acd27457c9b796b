/** The format this code writes. A later format gets a new number and a migration. */
export const STORY_FORMAT = 'sourceline/story@3';
/** Every format this code reads: older ones are migrated to `STORY_FORMAT` on load. */
export const READABLE_STORY_FORMATS = [
	'sourceline/story@1',
	'sourceline/story@2',
	STORY_FORMAT
] as const;
export type StoryFormat = (typeof READABLE_STORY_FORMATS)[number];
