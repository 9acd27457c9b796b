import type * as v from 'valibot';
import type { storySchema } from './schema';

/**
 * The story as authored, and as `validateStory` returns it: the types the schema checks,
 * read from it (`schema.ts` documents each field). The schema's objects are loose (unknown
 * fields pass), so Valibot gives each object an index signature; these types drop it, so a
 * misspelt field is still a type error.
 */
export type StoryInput = Known<v.InferOutput<typeof storySchema>>;

/** A type without its index signatures, at every depth. */
type Known<T> = T extends readonly (infer Item)[]
	? Known<Item>[]
	: T extends object
		? { [K in keyof T as string extends K ? never : K]: Known<T[K]> }
		: T;

export type SourceInput = StoryInput['sources'][number];
/** A source's publication date (a source may have none: `published: null`). */
export type PublishedInput = NonNullable<SourceInput['published']>;
/** Words of a source shown with emphasis, in bold or as a link (see `styleSchema.ts`). */
export type TextStyleInput = NonNullable<SourceInput['styles']>[number];
export type EventInput = StoryInput['events'][number];
/** The date as authored. */
export type WhenInput = EventInput['when'];
export type Place = NonNullable<EventInput['place']>;
export type ExcerptInput = EventInput['excerpts'][number];
export type MediaInput = NonNullable<EventInput['media']>;
export type ContextInput = NonNullable<StoryInput['context']>[number];
export type EraInput = NonNullable<StoryInput['eras']>[number];
/** A correction made in public: `at` an instant, `text`, and the `event` it was in, if one. */
export type Correction = NonNullable<StoryInput['corrections']>[number];
/** How a date is known: `stated`, `inferred` or `editorial` (see `basis` in `schema.ts`). */
export type DateBasis = WhenInput['basis'];
export type EventKind = EventInput['kind'];
