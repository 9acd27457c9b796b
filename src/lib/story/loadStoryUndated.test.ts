import { describe, expect, it } from 'vitest';
import { formatStoryIssues, loadStory } from './loadStory';
import { TEST_FILE, testEvent, testSource, testStory } from './testing';

const FILE = TEST_FILE;

describe('loadStory: a source whose publication date is not known', () => {
	const undated = (expression: string) =>
		loadStory(
			testStory({
				sources: [testSource({ published: null })],
				events: [
					testEvent('flight', {
						when: { text: 'on Tuesday', basis: 'stated', expression, source: 'paper' }
					})
				],
				eras: [{ id: 'term', label: 'The term', expression: '2024/2029' }]
			}),
			FILE
		);

	it.each([
		{ expression: '2025-02-25', start: '2025-02-25' },
		{ expression: '1943-07/1946', start: '1943-07' },
		{ expression: '2025-02-25T09:30Z', start: '2025-02-25T09:30:00+00:00' }
	])('$expression needs no reference day: it resolves', ({ expression, start }) => {
		const result = undated(expression);
		if (!result.ok) throw new Error(formatStoryIssues(result.issues));
		expect(result.story.events[0]!.when.start).toBe(start);
		expect(result.story.sources[0]!.published).toBeNull();
		expect(result.story.eras.map((era) => era.start)).toEqual(['2024']);
	});

	it.each(['on Tuesday', 'this week', '19 February'])(
		'%s needs the publication date: a named problem',
		(expression) => {
			expect(undated(expression)).toMatchObject({
				ok: false,
				issues: [
					{
						file: FILE,
						eventId: 'flight',
						field: 'events[0].when.expression',
						message: expect.stringMatching(/publication date is not known/)
					}
				]
			});
		}
	);
});
