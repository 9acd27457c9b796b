import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { loadTestStory, testEvent, testStory } from '$lib/story/testing';
import EventDetails from './EventDetails.svelte';

function eventDated(expression: string, timeZone: string) {
	const story = loadTestStory(
		testStory({
			events: [
				testEvent('works', {
					place: { name: 'Here', timeZone },
					when: { text: null, basis: 'editorial', expression, note: 'Council minutes.' }
				})
			]
		})
	);
	return story.events[0]!;
}

describe('the event’s details say how a season is read', () => {
	it('names the hemisphere of an EDTF season beside the date', async () => {
		const screen = render(EventDetails, {
			event: eventDated('2025-21', 'Australia/Sydney'),
			onclose: () => {},
			timeZone: 'Europe/London'
		});
		await expect.element(screen.getByText('How it is read')).toBeVisible();
		await expect
			.element(screen.getByText(/from September to November, in the southern hemisphere/))
			.toBeVisible();
		await expect.element(screen.getByText('Council minutes.')).toBeVisible();
	});

	it('says nothing more for a date that takes nothing for granted', async () => {
		const screen = render(EventDetails, {
			event: eventDated('2025-03', 'Europe/London'),
			onclose: () => {},
			timeZone: 'Europe/London'
		});
		await expect.element(screen.getByText('Council minutes.')).toBeVisible();
		expect(screen.container.textContent).not.toContain('How it is read');
	});
});
