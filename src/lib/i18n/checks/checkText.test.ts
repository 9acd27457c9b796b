import { describe, expect, it } from 'vitest';
import { importTimelineJs } from '$lib/import/timelinejs/importTimelineJs';
import { around, decoded, encoded } from '$lib/story/said';
import { wordFailure } from '$lib/story/dates/wordFailure';
import { loadIssues, outOfOrderStory } from '$lib/story/testing';
import { validateStory } from '$lib/story/validateStory';
import { checkText } from './checkText';
import { checksEn } from './english';
import { checksCatalogue, issueText, useCheckWords } from './words';

describe('the story checker’s words', () => {
	it('write a problem in the reader’s language, its nested reason and values included', async () => {
		const input = outOfOrderStory();
		input.events[0] = {
			...input.events[0]!,
			when: { text: null, basis: 'editorial', expression: 'later this fortnight', note: 'N.' }
		};
		const [issue] = loadIssues(input);
		expect(issue?.says.key).toBe('unrecognised');
		// The English message is the English catalogue's, so the two never drift apart.
		expect(issue?.message).toBe(checkText(issue!.says, checksEn, 'en-GB'));
		const french = checkText(issue!.says, await checksCatalogue('fr'), 'fr');
		expect(french).toContain('later this fortnight');
		expect(french).not.toContain('Unrecognised');
		expect(french).not.toBe(issue?.message);
	});

	it('fill a word of the catalogue into another message, in the same language', async () => {
		const reason = wordFailure('wrongWeekday', {
			day: '2025-02-19',
			is: { key: 'wednesday' },
			named: { key: 'thursday' }
		});
		const problem = around('cannotResolve', { words: 'on 19 February 2025' }, 'reason', reason);
		expect(problem.message).toBe(
			'Cannot resolve "on 19 February 2025": 2025-02-19 is a Wednesday, not a Thursday'
		);
		const german = checkText(problem.says, await checksCatalogue('de'), 'de');
		expect(german).toMatch(/Mittwoch/);
		expect(german).toMatch(/Donnerstag/);
	});

	it('write counts as the reader’s language writes numbers', async () => {
		const result = validateStory({ ...outOfOrderStory(), title: 'x'.repeat(12_345) }, 'story.json');
		expect(result.ok).toBe(false);
		const issue = !result.ok ? result.issues.find((i) => i.field === 'title') : undefined;
		expect(issue?.message).toBe('Too long: 12,345 characters, where at most 300 fit');
		expect(checkText(issue!.says, await checksCatalogue('de'), 'de')).toContain('12.345');
	});

	it('read back a schema message, and keep a message that is not one as a value', () => {
		expect(decoded(encoded('noEvent', { id: 'x' }))).toEqual({
			key: 'noEvent',
			values: { id: 'x' }
		});
		expect(decoded('{"key":"__proto__"}')).toEqual({
			key: 'invalid',
			values: { value: '{"key":"__proto__"}' }
		});
		expect(decoded('plain words')).toEqual({ key: 'invalid', values: { value: 'plain words' } });
	});

	it('write a TimelineJS file’s problems in the reader’s language, the file’s values as they are', async () => {
		const result = importTimelineJs(
			JSON.stringify({
				events: [
					{ start_date: { year: 2000, month: 13 }, text: { headline: 'Mois' } },
					{ start_date: { year: 2001 }, text: { headline: 7 } }
				]
			}),
			{ file: 'timeline.json', publisher: 'P', published: null, language: 'en', timeZone: 'UTC' }
		);
		const issues = result.ok ? [] : result.issues;
		expect(issues.map((issue) => issue.message)).toEqual([
			'13 is not a month (1–12)',
			'Expected a string, got a number'
		]);
		for (const issue of issues)
			expect(issue.message).toBe(checkText(issue.says, checksEn, 'en-GB'));
		const french = await checksCatalogue('fr');
		expect(issues.map((issue) => checkText(issue.says, french, 'fr'))).toEqual([
			'13 n’est pas un mois (1–12)',
			'Attendu : une chaîne de caractères ; reçu : un nombre'
		]);
		// A page in English has not loaded the import's words: it shows each problem's message.
		await useCheckWords('en-GB');
		expect(issues.map(issueText)).toEqual(issues.map((issue) => issue.message));
	});
});
