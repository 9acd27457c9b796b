import * as v from 'valibot';
import { uniqueSlugs } from '../story/slug';
import type { Draft, DraftInput, Proposal } from './types';

/** Where the /draft page keeps its work in progress. */
export const STORAGE_KEY = 'sourceline:draft';

/** What is kept across reloads. */
export interface Saved {
	input: DraftInput;
	storyId: string;
	storyTitle: string;
	/** The story's summary and the source's headline, as the editor wrote them. */
	storySummary?: string;
	headline?: string;
	draft: Draft | null;
}

/** What was read back, and what the editor should be told about it. */
export interface ReadBack {
	saved: Saved | null;
	notice: string | null;
}

const range = v.object({ start: v.number(), end: v.number() });
const when = v.looseObject({ text: v.nullable(v.string()), basis: v.string() });
const inputSchema = v.object({
	article: v.string(),
	published: v.string(),
	timeZone: v.string(),
	publisher: v.string(),
	language: v.optional(v.string())
});

/** The parts of a saved draft the page relies on; the rest it only shows or passes on. */
const savedSchema = v.object({
	input: inputSchema,
	storyId: v.string(),
	storyTitle: v.string(),
	storySummary: v.optional(v.string()),
	headline: v.optional(v.string()),
	draft: v.nullable(
		v.looseObject({
			// Left out when it is the input's article, so a long article is kept once.
			input: v.looseObject({ article: v.optional(v.string()) }),
			sentences: v.array(range),
			mentions: v.array(v.looseObject({ ...range.entries, sentence: v.number() })),
			proposals: v.array(
				v.looseObject({
					id: v.string(),
					title: v.string(),
					summary: v.optional(v.string()),
					kind: v.optional(
						v.picklist(['meeting', 'statement', 'travel', 'announcement', 'visit', 'other'])
					),
					place: v.optional(v.object({ name: v.string(), timeZone: v.string() })),
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

/** The work as kept: the draft's article only where it is not the input's. */
export function writeSaved(saved: Saved): string {
	const { draft } = saved;
	if (!draft || draft.input.article !== saved.input.article) return JSON.stringify(saved);
	return JSON.stringify({
		...saved,
		draft: { ...draft, input: { ...draft.input, article: undefined } }
	});
}

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

/** The proposals with every id unique: a repeated id is given a new one (its title's). */
function uniqueIds(proposals: Proposal[]): { proposals: Proposal[]; renamed: number } {
	const seen = new Set<string>();
	const repeated = proposals.filter(({ id }) => seen.has(id) || !seen.add(id));
	if (repeated.length === 0) return { proposals, renamed: 0 };
	const idFor = uniqueSlugs({ taken: seen, words: 6, length: Infinity });
	const first = new Set<string>();
	const fixed = proposals.map((proposal) =>
		first.has(proposal.id)
			? { ...proposal, id: idFor(proposal.title, 'event') }
			: (first.add(proposal.id), proposal)
	);
	return { proposals: fixed, renamed: repeated.length };
}

const UNREADABLE =
	'The saved work could not be read back (another version of the page, or changed by hand).';

/**
 * The work saved by `writeSaved`, and what to tell the editor about it. What cannot be
 * trusted is set aside with a notice, never silently: the article's text is kept where it
 * can be read; proposals that share an id are given new ones; a draft whose quotes fall
 * outside its article is dropped.
 */
export function readSaved(text: string | null): ReadBack {
	if (!text) return { saved: null, notice: null };
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return { saved: null, notice: UNREADABLE };
	}
	const parsed = v.safeParse(savedSchema, json);
	if (!parsed.success) {
		const input = v.safeParse(inputSchema, (json as { input?: unknown } | null)?.input);
		if (!input.success) return { saved: null, notice: UNREADABLE };
		const saved = {
			input: input.output,
			storyId: 'draft-story',
			storyTitle: 'Draft story',
			draft: null
		};
		return { saved, notice: `${UNREADABLE} The article and its details are kept; draft it again.` };
	}
	const { draft: stored, ...rest } = parsed.output as Omit<Saved, 'draft'> & {
		draft: Draft | null;
	};
	if (!stored) return { saved: { ...rest, draft: null }, notice: null };
	const article = stored.input.article ?? rest.input.article;
	const { proposals, renamed } = uniqueIds(stored.proposals);
	const draft: Draft = { ...stored, input: { ...stored.input, article }, proposals };
	if (!rangesFit(draft)) {
		return {
			saved: { ...rest, draft: null },
			notice:
				'The saved proposals did not fit their article, so they were set aside; the article is kept.'
		};
	}
	const notice =
		renamed > 0
			? `${renamed} saved ${renamed === 1 ? 'proposal had an id' : 'proposals had ids'} already in use; given ${renamed === 1 ? 'a new one' : 'new ones'}.`
			: null;
	return { saved: { ...rest, draft }, notice };
}
