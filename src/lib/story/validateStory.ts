import * as v from 'valibot';
import { crossCheck } from './crossChecks';
import { migrateStory } from './migrate';
import { MAX_NESTING, tooDeep } from './nesting';
import { describeValue } from './describeValue';
import { storySchema } from './schema';
import { decoded, said, told, type Said } from './said';
import { fallbackMessage } from './schemaParts';
import type { StoryInput } from './storyInput';
import type { StoryIssue } from './types';

export type ValidateResult = { ok: true; story: StoryInput } | { ok: false; issues: StoryIssue[] };

/**
 * Checks the shape of an authored (or already resolved) story against the schema, then the
 * references between its entries, collecting every problem. Unknown fields are allowed, so
 * later additions and resolved fields pass through. A format 1 story comes back as format 2.
 */
export function validateStory(input: unknown, file: string): ValidateResult {
	if (typeof input !== 'object' || input === null || Array.isArray(input)) {
		const problem = said('expected', { what: { key: 'anObject' }, got: describeValue(input) });
		return { ok: false, issues: [{ file, field: '(root)', ...problem }] };
	}
	const fields = input as Record<string, unknown>;
	const issues: StoryIssue[] = [];
	const report = (field: string, problem: Said, eventIndex?: number) => {
		const issue: StoryIssue = { file, field, ...problem };
		const eventId = eventIndex === undefined ? undefined : eventIdAt(fields, eventIndex);
		if (eventId !== undefined) issue.eventId = eventId;
		issues.push(issue);
	};

	// Checked first: nothing after this walks a value without knowing its depth.
	const deep = tooDeep(input);
	if (deep !== null) {
		const eventIndex = /^events\[(\d+)\]/.exec(deep)?.[1];
		report(
			deep,
			said('tooDeep', { max: MAX_NESTING }),
			eventIndex === undefined ? undefined : Number(eventIndex)
		);
		return { ok: false, issues };
	}

	const result = v.safeParse(storySchema, input, { message: fallbackMessage });
	for (const issue of result.issues ?? []) {
		const { field, eventIndex } = locate(issue.path);
		report(field, told(decoded(issue.message)), eventIndex);
	}
	crossCheck(fields, report);

	if (!parsed(input, result) || issues.length > 0) return { ok: false, issues };
	return { ok: true, story: migrateStory(input) };
}

/**
 * Whether the schema found `input` to be a story. The story returned is `input` itself, not
 * Valibot's parsed copy, which would put every object's fields in the schema's order: a story
 * keeps the order its author wrote (in downloads, printed drafts and published JSON).
 */
function parsed(
	input: unknown,
	result: v.SafeParseResult<typeof storySchema>
): input is v.InferOutput<typeof storySchema> {
	return result.success;
}

/** The event's id where it is a string (even an invalid one, to say where to look). */
function eventIdAt(story: Record<string, unknown>, index: number): string | undefined {
	const events = story.events;
	const id = Array.isArray(events) ? (events[index] as { id?: unknown } | null)?.id : undefined;
	return typeof id === 'string' ? id : undefined;
}

/** A Valibot path as a JSON path (`events[3].when.text`), and the event it is inside. */
function locate(path: v.IssuePathItem[] | undefined): { field: string; eventIndex?: number } {
	let field = '';
	for (const item of path ?? []) {
		const key = item.key;
		if (typeof key === 'number') field += `[${key}]`;
		else field += field === '' ? String(key) : `.${String(key)}`;
	}
	const [first, second] = path ?? [];
	const inEvent = first?.key === 'events' && typeof second?.key === 'number';
	return inEvent ? { field, eventIndex: second.key as number } : { field: field || '(root)' };
}
