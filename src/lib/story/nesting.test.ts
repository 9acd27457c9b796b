import { describe, expect, it } from 'vitest';
import { loadStory } from './loadStory';
import { MAX_NESTING, tooDeep } from './nesting';
import { testEvent, testStory, TEST_FILE } from './testing';

/** `{ a: { a: … { a: 1 } } }`, `levels` objects deep, built without recursion. */
function nested(levels: number): unknown {
	let value: unknown = 1;
	for (let i = 0; i < levels; i++) value = { a: value };
	return value;
}

describe('nesting depth', () => {
	it('finds the first value past the limit, by its path', () => {
		expect(tooDeep({ a: [{ b: 1 }] })).toBeNull();
		expect(tooDeep(nested(3), 2)).toBe('a.a');
		expect(tooDeep({ list: [[[1]]] }, 2)).toBe('list[0]');
	});

	it('walks a value nested far past the stack without overflowing it', () => {
		expect(tooDeep(nested(200_000))).toBe(Array(MAX_NESTING).fill('a').join('.'));
	});

	it('refuses a story with an unknown field 2,000 objects deep, naming the event and field', () => {
		// A story of some 12 KB: its postMessage to the page overflowed the stack and the embed hung.
		const story = testStory({
			events: [{ ...testEvent('deep'), extra: nested(2000) } as ReturnType<typeof testEvent>]
		});
		const result = loadStory(story, TEST_FILE);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.issues).toHaveLength(1);
		expect(result.issues[0]).toMatchObject({
			file: TEST_FILE,
			eventId: 'deep',
			field: `events[0].extra${'.a'.repeat(MAX_NESTING - 3)}`,
			message: expect.stringMatching(/^Nested more than 32 levels deep/)
		});
	});

	it('lets a story nest as deep as its own fields do', () => {
		expect(loadStory(testStory(), TEST_FILE).ok).toBe(true);
	});
});
