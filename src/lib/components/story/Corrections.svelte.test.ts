import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { loadTestStory, smallStory } from '$lib/story/testing';
import FullStory from './FullStory.svelte';
import EventList from '../events/EventList.svelte';

/** The small story, updated, with a correction to its meeting and one to the whole story. */
function correctedStory() {
	return loadTestStory({
		...smallStory(),
		updated: '2025-03-03T09:00:00+00:00',
		corrections: [
			{
				at: '2025-03-02T18:15:00Z',
				text: 'The meeting is on Friday, not Thursday.',
				event: 'meeting'
			},
			{ at: '2025-03-03T09:00:00+00:00', text: 'The summary said <b>two</b> events.' }
		]
	});
}

describe('Updates and corrections', () => {
	it('says when the story was updated, under its title, in its display zone', async () => {
		render(FullStory, { story: correctedStory(), updateUrl: () => {} });
		// Mounted, so it says how long ago too, the date itself beside it.
		const updated = page.getByText(/^Updated \d+ \w+ ago \(3 Mar 2025, 09:00 GMT\)$/);
		await expect.element(updated).toBeVisible();
		const time = updated.element().querySelector('time');
		expect(time?.getAttribute('datetime')).toBe('2025-03-03T09:00:00.000Z');
		expect(time?.getAttribute('title')).toBe('3 Mar 2025, 09:00 GMT');
		expect(document.querySelector('h1')?.nextElementSibling).toBe(updated.element());
	});

	it('lists every correction on the story, as text, naming the event it was in', async () => {
		render(FullStory, { story: correctedStory(), updateUrl: () => {} });
		const note = page.getByRole('note', { name: 'Corrections' }).first();
		await expect.element(note.getByText('Corrections', { exact: true })).toBeVisible();
		expect([...note.element().querySelectorAll('li')].map((li) => li.textContent?.trim())).toEqual([
			'2 Mar 2025, 18:15 GMT: In “Minister meets the president”: The meeting is on Friday, not Thursday.',
			'3 Mar 2025, 09:00 GMT: The summary said <b>two</b> events.'
		]);
		expect(note.element().querySelector('b')).toBeNull();
	});

	it('shows the event’s own correction in its details when it opens', async () => {
		await page.viewport(1000, 800);
		render(FullStory, { story: correctedStory(), updateUrl: () => {} });
		const mark = page.getByRole('button', { name: /^Minister meets the president/ });
		(mark.element() as HTMLElement).focus();
		await userEvent.keyboard('{Enter}');
		const panel = page.getByRole('region', { name: 'Source' });
		const note = panel.getByRole('note', { name: 'Corrections' });
		await expect
			.element(note)
			.toHaveTextContent(
				'Correction 2 Mar 2025, 18:15 GMT: The meeting is on Friday, not Thursday.'
			);
	});

	it('marks the corrected event in the list, and no other', async () => {
		const story = correctedStory();
		render(EventList, {
			props: {
				events: story.events,
				selectedId: null,
				onselect: () => {},
				timeZone: 'UTC'
			}
		});
		const items = [...document.querySelectorAll('li[id^="story-event-"]')];
		expect(
			items.map((li) => [
				li.id,
				li.querySelector('[role="note"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? null
			])
		).toEqual([
			['story-event-flight', null],
			[
				'story-event-meeting',
				'Correction 2 Mar 2025, 18:15 UTC: The meeting is on Friday, not Thursday.'
			],
			['story-event-talks', null]
		]);
	});
});
