import { describe, expect, it } from 'vitest';
import { smallStory } from '$lib/story/testing';
import type { ResolvedStory } from '$lib/story/types';
import type { RemoteResult, Unchanged } from './remoteStory';
import { PART_SIZE, StoryAssembler, toMessages } from './storyWorkerProtocol';

const URL_TEXT = 'https://news.test/stories/week.json';

/** A story with `count` events (copies of one, each its own id) and `sources` sources. */
function storyOf(count: number, sources: number): ResolvedStory {
	const story = smallStory();
	const [event] = story.events;
	const [source] = story.sources;
	return {
		...story,
		events: Array.from({ length: count }, (_, i) => ({ ...event!, id: `event-${i}` })),
		sources: Array.from({ length: sources }, (_, i) => ({ ...source!, id: `source-${i}` }))
	};
}

/** What the page gets: each message through a structured clone, as postMessage sends it. */
function sendAndAssemble(result: RemoteResult | Unchanged): {
	result: RemoteResult | Unchanged;
	messages: number;
} {
	const messages = toMessages(result).map((message) => structuredClone(message));
	const assembler = new StoryAssembler();
	for (const message of messages.slice(0, -1)) {
		if (message.type !== 'part') throw new Error(`a ${message.type} before the end`);
		assembler.add(message);
	}
	const last = messages.at(-1)!;
	if (last.type !== 'done') throw new Error('the last message is not the end');
	return { result: assembler.finish(last.result), messages: messages.length };
}

describe('a story from the worker, sent in parts', () => {
	const rows = [
		{ name: 'a small story: one part each, then the rest', events: 3, sources: 1, messages: 3 },
		{ name: 'exactly one part of events', events: PART_SIZE, sources: 2, messages: 3 },
		{ name: 'one event past a part', events: PART_SIZE + 1, sources: 2, messages: 4 },
		{ name: 'many parts of both', events: 5 * PART_SIZE - 7, sources: PART_SIZE + 3, messages: 8 }
	];
	it.each(rows)('$name', ({ events, sources, messages }) => {
		const story = storyOf(events, sources);
		const loaded: RemoteResult = { ok: true, story, url: new URL(URL_TEXT), fingerprint: 'ab12' };
		const sent = sendAndAssemble(loaded);
		expect(sent.messages).toBe(messages);
		expect(sent.result).toEqual(loaded);
		// In the same order: the events are in time order.
		if (sent.result.ok === true)
			expect(sent.result.story.events.map((e) => e.id)).toEqual(story.events.map((e) => e.id));
	});

	it('each part carries at most PART_SIZE items', () => {
		const parts = toMessages({
			ok: true,
			story: storyOf(3 * PART_SIZE, 1),
			url: new URL(URL_TEXT),
			fingerprint: null
		}).filter((m) => m.type === 'part');
		expect(parts.map((m) => m.items.length)).toEqual([PART_SIZE, PART_SIZE, PART_SIZE, 1]);
	});

	it('a problem is one message, as it was', () => {
		const result: RemoteResult = {
			ok: false,
			problem: { kind: 'not-json', key: 'notJson', values: { detail: 'at 1:1' } }
		};
		expect(toMessages(result)).toEqual([{ type: 'done', result }]);
		expect(sendAndAssemble(result).result).toEqual(result);
	});

	it('an unchanged file is one message', () => {
		const result = { ok: 'unchanged' } as const;
		expect(toMessages(result)).toEqual([{ type: 'done', result }]);
		expect(sendAndAssemble(result).result).toEqual(result);
	});
});
