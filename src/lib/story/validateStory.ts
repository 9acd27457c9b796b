import * as v from 'valibot';
import { crossCheck } from './crossChecks';
import { migrateStory } from './migrate';
import { describeValue, fallbackMessage, storySchema } from './schema';
import type { StoryInput, StoryIssue } from './types';

export type ValidateResult = { ok: true; story: StoryInput } | { ok: false; issues: StoryIssue[] };

/**
 * Checks the shape of an authored (or already resolved) story against the schema, then the
 * references between its entries, collecting every problem. Unknown fields are allowed, so
 * later additions and resolved fields pass through. A format 1 story comes back as format 2.
 */
export function validateStory(input: unknown, file: string): ValidateResult {
	if (typeof input !== 'object' || input === null || Array.isArray(input)) {
		const message = `Expected an object, got ${describeValue(input)}`;
		return { ok: false, issues: [{ file, field: '(root)', message }] };
	}
	const fields = input as Record<string, unknown>;
	const issues: StoryIssue[] = [];
	const report = (field: string, message: string, eventIndex?: number) => {
		const issue: StoryIssue = { file, field, message };
		const eventId = eventIndex === undefined ? undefined : eventIdAt(fields, eventIndex);
		if (eventId !== undefined) issue.eventId = eventId;
		issues.push(issue);
	};

	const result = v.safeParse(storySchema, input, { message: fallbackMessage });
	for (const issue of result.issues ?? []) {
		const { field, eventIndex } = locate(issue.path);
		report(field, issue.message, eventIndex);
	}
	crossCheck(fields, report);

	return issues.length > 0
		? { ok: false, issues }
		: { ok: true, story: migrateStory(input as StoryInput) };
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
