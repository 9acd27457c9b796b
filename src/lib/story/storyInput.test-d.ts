import type * as v from 'valibot';
import { describe, expectTypeOf, it } from 'vitest';
import type { storySchema } from './schema';
import type { StoryFormat } from './storyFormat';
import type { EventInput, MediaInput, StoryInput } from './storyInput';
import type { ResolvedStory } from './types';

// Type tests: `npm run check` checks them (Vitest runs them only with `--typecheck`).
describe('the story types read from the schema', () => {
	it('are one type for the authored and the validated story: the schema transforms nothing', () => {
		expectTypeOf<v.InferInput<typeof storySchema>>().toEqualTypeOf<
			v.InferOutput<typeof storySchema>
		>();
	});

	it('keep each field optional or required as the schema has it', () => {
		expectTypeOf<MediaInput>().toEqualTypeOf<{
			kind: 'image' | 'link' | 'video' | 'audio' | 'map';
			url: string;
			alt?: string;
			caption?: string;
			credit?: string;
		}>();
		expectTypeOf<StoryInput['format']>().toEqualTypeOf<StoryFormat>();
	});

	it('take no field the schema does not name', () => {
		expectTypeOf<StoryInput>().not.toHaveProperty('unknownField');
		expectTypeOf<EventInput['when']>().not.toHaveProperty('unknownField');
	});

	it('describe a resolved story too, so a published story loads again', () => {
		expectTypeOf<ResolvedStory>().toExtend<StoryInput>();
	});
});
