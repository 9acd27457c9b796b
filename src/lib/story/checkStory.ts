import type { LoadResult } from './storyLoading';
import { loadValidated } from './storyLoading';
import { validateStory } from './validateStory';
import { needsWordReading } from './wordsNeeded';

/**
 * `loadStory` for a checker that counts its bytes (the embed's worker): the rules for date
 * words load only for a story that has some, so one dated in ISO and EDTF alone (a TimelineJS
 * file's) is checked without them. The same result as `loadStory`.
 */
export async function checkStory(input: unknown, file: string): Promise<LoadResult> {
	const validated = validateStory(input, file);
	if (!validated.ok) return validated;
	const words = needsWordReading(validated.story)
		? (await import('./dates/wordReading')).wordReading
		: null;
	return loadValidated(validated.story, file, words);
}
