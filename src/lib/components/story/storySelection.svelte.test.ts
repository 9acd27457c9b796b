import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { smallStory } from '$lib/story/testing';
import SelectionHarness from './SelectionHarness.svelte';
import type { StorySelection } from './storySelection.svelte';

async function renderShell() {
	const onchange = vi.fn();
	const urls: (string | null)[] = [];
	let selection!: StorySelection;
	await page.viewport(1000, 800);
	render(SelectionHarness, {
		story: smallStory(),
		options: { onchange, updateUrl: (url: URL) => urls.push(url.searchParams.get('event')) },
		expose: (s: StorySelection) => (selection = s)
	});
	return { onchange, urls, selection };
}

const mark = (name: RegExp) => page.getByRole('button', { name });
const status = () => document.querySelector('[role="status"]')?.textContent?.trim();

describe('StorySelection', () => {
	it('Enter on a mark selects it: records it, tells the shell, opens and focuses the panel', async () => {
		const { onchange, urls, selection } = await renderShell();
		(mark(/^Minister meets the president/).element() as HTMLElement).focus();
		await userEvent.keyboard('{Enter}');
		await expect.element(page.getByRole('heading', { name: 'Reading meeting' })).toHaveFocus();
		expect(selection.selectedId).toBe('meeting');
		expect(selection.selected?.title).toBe('Minister meets the president');
		expect(selection.panelOpen).toBe(true);
		expect(onchange.mock.calls).toEqual([['meeting']]);
		expect(urls).toEqual(['meeting']);
		expect(status()).toBe('Source opened, 1 passage highlighted.');
	});

	it('Escape closes it from anywhere and puts focus back on its mark', async () => {
		const { onchange, urls, selection } = await renderShell();
		(mark(/^Talks\b/).element() as HTMLElement).focus();
		await userEvent.keyboard('{Enter}');
		await expect.element(page.getByRole('heading', { name: 'Reading talks' })).toHaveFocus();
		await userEvent.keyboard('{Escape}');
		await expect.element(mark(/^Talks\b/)).toHaveFocus();
		expect(selection.selectedId).toBe(null);
		expect(selection.selected).toBe(null);
		expect(selection.panelOpen).toBe(false);
		expect(onchange.mock.calls).toEqual([['talks'], [null]]);
		expect(urls).toEqual(['talks', null]);
		expect(page.getByRole('region', { name: 'Source' }).query()).toBeNull();
		expect(status()).toBe('Source closed.');
	});

	it('closing in the list view returns focus to the event in the list', async () => {
		const { selection } = await renderShell();
		await page.getByRole('button', { name: 'List' }).click();
		expect(selection.view).toBe('list');
		await page.getByRole('link', { name: 'Minister flies to Paris' }).click();
		await expect.element(page.getByRole('heading', { name: 'Reading flight' })).toHaveFocus();
		await page.getByRole('button', { name: 'Close' }).click();
		await expect.element(page.getByRole('link', { name: 'Minister flies to Paris' })).toHaveFocus();
	});

	it('start() shows the first state quietly: no host message, no address change, no focus', async () => {
		const { onchange, urls, selection } = await renderShell();
		await selection.start('meeting', false);
		expect(selection.selectedId).toBe('meeting');
		expect(selection.panelOpen).toBe(false);
		expect(page.getByRole('region', { name: 'Source' }).query()).toBeNull();
		expect(status()).toBe('Opened Minister meets the president, 1 passage highlighted.');
		await selection.start('no-such-event', true);
		expect(selection.selectedId).toBe('meeting');
		expect(onchange).not.toHaveBeenCalled();
		expect(urls).toEqual([]);
		expect(document.activeElement).toBe(document.body);
	});

	it('calls the parts registered on screen, and stops once a part is removed', async () => {
		const { selection } = await renderShell();
		const reveal = vi.fn();
		const showPassage = vi.fn();
		const remove = selection.register({ reveal, showPassage });
		await selection.select('talks', { reveal: true, focus: false });
		expect(reveal.mock.calls).toEqual([['talks']]);
		expect(showPassage).toHaveBeenCalledTimes(1);
		remove();
		await selection.select('flight', { reveal: true, focus: false });
		expect(reveal).toHaveBeenCalledTimes(1);
		expect(showPassage).toHaveBeenCalledTimes(1);
	});
});
