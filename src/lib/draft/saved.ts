import * as v from 'valibot';
import type { Draft, DraftInput } from './types';

/** Where the /draft page keeps its work in progress. */
export const STORAGE_KEY = 'sourceline:draft';

/** What is kept across reloads. */
export interface Saved {
	input: DraftInput;
	storyId: string;
	storyTitle: string;
	draft: Draft | null;
}

const range = v.object({ start: v.number(), end: v.number() });
const when = v.looseObject({ text: v.nullable(v.string()), basis: v.string() });

/** The parts of a saved draft the page relies on; the rest it only shows or passes on. */
const savedSchema = v.object({
	input: v.object({
		article: v.string(),
		published: v.string(),
		timeZone: v.string(),
		publisher: v.string()
	}),
	storyId: v.string(),
	storyTitle: v.string(),
	draft: v.nullable(
		v.looseObject({
			input: v.looseObject({ article: v.string() }),
			sentences: v.array(range),
			mentions: v.array(v.looseObject({ ...range.entries, sentence: v.number() })),
			proposals: v.array(
				v.looseObject({
					id: v.string(),
					title: v.string(),
					status: v.picklist(['proposed', 'accepted', 'rejected']),
					role: v.picklist(['event', 'context']),
					excerpts: v.pipe(v.array(range), v.minLength(1)),
					when: v.nullable(when),
					target: v.optional(when),
					why: v.string()
				})
			)
		})
	)
});

/** Whether every range lies inside the article and holds at least one character. */
function rangesFit(draft: Draft): boolean {
	const { length } = draft.input.article;
	const fits = ({ start, end }: { start: number; end: number }) =>
		Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= length;
	return (
		draft.sentences.every(fits) &&
		draft.mentions.every(fits) &&
		draft.proposals.every((proposal) => proposal.excerpts.every(fits))
	);
}

/**
 * The work saved by `save`, or null when there is none or it cannot be trusted (another
 * version of the page, or edited by hand). A draft of another article than the saved
 * input's is dropped, the input kept.
 */
export function readSaved(text: string | null): Saved | null {
	if (!text) return null;
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return null;
	}
	const parsed = v.safeParse(savedSchema, json);
	if (!parsed.success) return null;
	const saved = parsed.output as Saved;
	const draft =
		saved.draft && saved.draft.input.article === saved.input.article && rangesFit(saved.draft)
			? saved.draft
			: null;
	return { ...saved, draft };
}
