import { STORY_FORMAT } from './storyFormat';
import type { StoryInput } from './storyInput';

/**
 * A validated story in the current format. Each format is a subset of the next, so migrating
 * renames the format: format 2 added fields and made `place` optional; format 3 adds
 * `when.extent`, whose default is what the date words always meant (a range the words give,
 * `earlier this week`, is one moment within it; an interval, `1943-07/1946`, lasts
 * throughout), so an older story keeps its meaning and is now drawn and named by it. Format 3
 * also adds the optional `updated` and `corrections`, which an older story simply has none of.
 */
export function migrateStory(story: StoryInput): StoryInput {
	return story.format === STORY_FORMAT ? story : { ...story, format: STORY_FORMAT };
}
