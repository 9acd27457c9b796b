import { readsWithoutWords } from './dates/resolveCore';
import type { StoryInput } from './storyInput';

/** Whether a validated story has date words to read (not only ISO and EDTF). O(n). */
export function needsWordReading(story: StoryInput): boolean {
	const written = (e: string | null | undefined) => typeof e === 'string' && !readsWithoutWords(e);
	return (
		story.events.some(({ when }) => written(when.expression ?? when.text)) ||
		(story.eras ?? []).some((era) => written(era.expression))
	);
}
