import { STORY_FORMAT } from './storyFormat';
import type { StoryInput } from './storyInput';

/**
 * A validated story in the current format. Format 1 is a subset of format 2 (format 2 only
 * adds fields and makes `place` optional), so migrating it renames the format.
 */
export function migrateStory(story: StoryInput): StoryInput {
	return story.format === STORY_FORMAT ? story : { ...story, format: STORY_FORMAT };
}
