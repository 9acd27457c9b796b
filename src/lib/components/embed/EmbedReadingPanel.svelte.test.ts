import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { twoSourceStory } from '$lib/story/testing';
import '../../../app.css';
import EmbedReadingPanel from './EmbedReadingPanel.svelte';

const story = twoSourceStory();
const event = (id: string) => story.events.find((e) => e.id === id)!;

const passage = (publisher: string) =>
	page.getByRole('tabpanel', { name: `Passage from ${publisher}` });

describe('EmbedReadingPanel', () => {
	it('puts an event’s several sources behind tabs, each with its passage highlighted', async () => {
		render(EmbedReadingPanel, { props: { story, selected: event('talks'), onclose: () => {} } });
		const wireTab = page.getByRole('tab', { name: /The Wire/ });
		const radioTab = page.getByRole('tab', { name: /The Radio/ });
		await expect.element(wireTab).toHaveAttribute('aria-selected', 'true');
		await expect.element(radioTab).toHaveTextContent('1 passage');
		await expect.element(passage('The Wire')).toBeVisible();
		await expect
			.element(passage('The Wire').getByText('They met on Tuesday in London.'))
			.toHaveClass('passage');
		await expect.element(page.getByText('Our reporter says', { exact: false })).not.toBeVisible();

		// One tab stop; the arrow keys show the next source.
		wireTab.element().focus();
		await userEvent.keyboard('{ArrowRight}');
		await expect.element(radioTab).toHaveFocus();
		await expect.element(radioTab).toHaveAttribute('aria-selected', 'true');
		await expect.element(passage('The Radio')).toBeVisible();
		await expect
			.element(passage('The Radio').getByText('they met on Tuesday'))
			.toHaveClass('passage');
		await expect.element(page.getByText('Other news', { exact: false })).not.toBeInTheDocument();
		await expect.element(page.getByText('They met on Tuesday in London.')).not.toBeVisible();
	});

	it('shows one source without tabs when the event quotes only one', async () => {
		render(EmbedReadingPanel, { props: { story, selected: event('flight'), onclose: () => {} } });
		await expect
			.element(page.getByRole('article', { name: 'Passage from The Wire' }))
			.toBeVisible();
		expect(page.getByRole('tab').elements()).toHaveLength(0);
		await expect.element(page.getByText('Other news on Tuesday.')).toHaveClass('passage');
	});
});
