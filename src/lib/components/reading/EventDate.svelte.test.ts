import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { loadStory } from '$lib/story/loadStory';
import type { ResolvedWhen } from '$lib/story/types';
import EventDate from './EventDate.svelte';

/** The `when` the pipeline gives an editorial date with this expression, in London. */
function resolved(expression: string): ResolvedWhen {
	const result = loadStory(
		{
			format: 'sourceline/story@3',
			id: 'dates',
			title: 'Dates',
			summary: 'One event.',
			language: 'en-GB',
			displayTimeZone: 'Europe/London',
			sources: [
				{
					id: 'paper',
					publisher: 'The Paper',
					title: null,
					language: 'en-GB',
					published: { date: '2025-02-27', timeZone: 'Europe/London', basis: 'stated' },
					text: 'It happened.'
				}
			],
			events: [
				{
					id: 'it',
					title: 'It',
					summary: 'It happened.',
					kind: 'other',
					actors: [],
					when: { text: null, basis: 'editorial', expression, note: 'Archive.' },
					excerpts: [{ source: 'paper', exact: 'It happened.' }]
				}
			]
		},
		'test'
	);
	if (!result.ok) throw new Error(JSON.stringify(result.issues));
	return result.story.events[0]!.when;
}

/** HTML's valid `datetime` values for these precisions: a year, a month, a date, a global date-time. */
const VALID_DATETIME =
	/^(?:\d{4}|\d{4}-\d{2}|\d{4}-\d{2}-\d{2}|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2}))$/;

describe('EventDate', () => {
	it.each([
		['1970-04', 'April 1970', ['1970-04']],
		['196X', '1960s', ['1960']],
		['1815~', 'c. 1815', ['1815']],
		['1985/..', 'after 1985', ['1985']],
		['../1985', 'by 1985', ['1985']],
		['1943-07/1946', 'from July 1943 to 1946', ['1943-07', '1946']],
		[
			'[2025-02-24..2025-02-26]',
			'some day between Mon 24 and Wed 26 Feb 2025',
			['2025-02-24', '2025-02-26']
		],
		['from Monday to Wednesday', 'from Mon 24 to Wed 26 Feb 2025', ['2025-02-24', '2025-02-26']],
		[
			'2024-01-02T14:51Z/2024-01-03T10:00Z',
			'from Tue 2 Jan 2024 14:51 to Wed 3 Jan 2024 10:00 GMT',
			['2024-01-02T14:51:00+00:00', '2024-01-03T10:00:00+00:00']
		],
		['2025-02-19', 'Wed 19 Feb 2025', ['2025-02-19']]
	])('%s reads "%s" with valid datetime values', (expression, text, datetimes) => {
		const { container } = render(EventDate, { when: resolved(expression) });
		const times = [...container.querySelectorAll('time')];
		expect(times.map((time) => time.getAttribute('datetime'))).toEqual(datetimes);
		for (const value of datetimes) expect(value).toMatch(VALID_DATETIME);
		const shown = container.querySelector('.when')?.textContent?.replace(/\s+/g, ' ') ?? '';
		expect(shown).toContain(text);
	});
});
