import { wordReading } from './dates/wordReading';
import { loadValidated, type LoadResult } from './storyLoading';
import type { StoryIssue } from './types';
import { validateStory } from './validateStory';

export type { LoadResult } from './storyLoading';

/**
 * Validates a story, anchors every quote in its source and resolves every date, with every
 * rule at hand (storyLoading.ts). Events come back in time order: by start, then end, then
 * id. Pure: the same input gives the same output.
 */
export function loadStory(input: unknown, file: string): LoadResult {
	const validated = validateStory(input, file);
	return validated.ok ? loadValidated(validated.story, file, wordReading) : validated;
}

/** One line per issue: `file › event <id> › field: message`. */
export function formatStoryIssues(issues: StoryIssue[]): string {
	return issues
		.map(({ file, eventId, field, message }) => {
			const event = eventId === undefined ? '' : ` › event ${eventId}`;
			return `${file}${event} › ${field}: ${message}`;
		})
		.join('\n');
}
