import { readsWithoutWords } from './dates/resolveCore';
import type { StoryInput } from './storyInput';

/** Whether a validated story has date words to read (not only ISO and EDTF). O(n). */
export function needsWordReading(story: StoryInput): boolean {
	// A story's events share their few expressions: each is looked at once.
	const seen = new Set<string>();
	const written = (e: string | null | undefined) => {
		if (typeof e !== 'string' || seen.has(e)) return false;
		seen.add(e);
		return !readsWithoutWords(e);
	};
	return (
		story.events.some(({ when }) => written(when.expression ?? when.text)) ||
		(story.eras ?? []).some((era) => written(era.expression))
	);
}
