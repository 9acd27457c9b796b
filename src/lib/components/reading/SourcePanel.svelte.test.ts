import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { twoSourceStory } from '$lib/story/testing';
import SourcePanel from './SourcePanel.svelte';

function renderPanel(selectedId: string) {
	const story = twoSourceStory();
	return render(SourcePanel, {
		props: {
			story,
			selected: story.events.find((e) => e.id === selectedId)!,
			hrefFor: (id: string) => `?event=${id}`,
			onpassage: () => {},
			onclose: () => {}
		}
	});
}

const region = (publisher: string) =>
	page.getByRole('tabpanel', { name: `Source article from ${publisher}` });

describe('SourcePanel with several sources', () => {
	it('switches sources with the arrow keys, each with the event’s passage highlighted', async () => {
		await renderPanel('talks');
		const wireTab = page.getByRole('tab', { name: /The Wire/ });
		const radioTab = page.getByRole('tab', { name: /The Radio/ });
		await expect.element(wireTab).toHaveAttribute('aria-selected', 'true');
		await expect.element(radioTab).toHaveTextContent('1 passage');
		// The event's card counts its passages in both sources, not "in the article".
		await expect.element(page.getByText('2 highlighted in 2 sources')).toBeVisible();
		await expect.element(region('The Wire')).toBeVisible();
		await expect.element(page.getByText('Our reporter says')).not.toBeVisible();

		wireTab.element().focus();
		await userEvent.keyboard('{ArrowRight}');
		await expect.element(radioTab).toHaveAttribute('aria-selected', 'true');
		await expect.element(radioTab).toHaveFocus();
		await expect.element(page.getByText('Our reporter says')).toBeVisible();
		const passage = document.getElementById('passage-talks--radio-0');
		expect(passage?.classList.contains('active')).toBe(true);
		expect(passage?.textContent).toBe('they met on Tuesday');

		await userEvent.keyboard('{Home}');
		await expect.element(wireTab).toHaveAttribute('aria-selected', 'true');
		await expect.element(region('The Wire')).toBeVisible();
	});

	it('gives each passage an id unique per event and source, and keeps the old ones', async () => {
		await renderPanel('talks');
		const ids = [...document.querySelectorAll('[id^="passage-"]')].map((e) => e.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids).toEqual(
			expect.arrayContaining([
				'passage-talks--wire-0',
				'passage-talks-0',
				'passage-talks--radio-0',
				'passage-talks-1',
				'passage-flight--wire-0',
				'passage-flight-0'
			])
		);
	});

	it('shows the first source an event quotes when it opens', async () => {
		await renderPanel('flight');
		await expect
			.element(page.getByRole('tab', { name: /The Wire/ }))
			.toHaveAttribute('aria-selected', 'true');
	});
});
