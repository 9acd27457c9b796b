import { beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { testStory } from '$lib/story/testing';
import EditorPage from './EditorPage.svelte';

// The /edit editor with real keys: a date read as it is typed, and undo from the keyboard.

const dateWords = () => page.getByLabelText('Date words, as the source writes them');
const reading = () => page.getByText(/^(Read as|Not read|Read once)/);

async function openStory() {
	render(EditorPage);
	const file = new File([JSON.stringify(testStory())], 'story.json', { type: 'application/json' });
	await userEvent.upload(page.getByLabelText(/^Open a story file/), file);
	await expect.element(page.getByText('The story validates.')).toBeVisible();
}

beforeEach(async () => {
	await page.viewport(1200, 900);
});

describe('EditorPage', () => {
	it('shows the resolver’s reading of a date as it is typed', async () => {
		await openStory();
		// "on Tuesday" in an article of Thursday 27 February 2025.
		await expect.element(reading()).toHaveTextContent('Read as Tue 25 Feb 2025');
		await userEvent.clear(dateWords());
		await userEvent.type(dateWords(), 'yesterday');
		await expect.element(reading()).toHaveTextContent('Read as Wed 26 Feb 2025');
		// Not yet quoted: the story says so once typing pauses.
		await expect.element(page.getByText('1 problem to fix.')).toBeVisible();
		await userEvent.type(dateWords(), ' or so');
		await expect.element(reading()).toHaveTextContent(/^Not read: Unrecognised date words/);
		await expect.element(page.getByText('2 problems to fix.')).toBeVisible();
	});

	it('undoes and redoes with Ctrl+Z and Ctrl+Shift+Z, typing into one field being one step', async () => {
		await openStory();
		const title = page.getByLabelText('Story title');
		await userEvent.click(title);
		await userEvent.keyboard('{End} again');
		await expect.element(title).toHaveValue('Test again');
		await userEvent.keyboard('{Control>}z{/Control}');
		await expect.element(title).toHaveValue('Test');
		await userEvent.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
		await expect.element(title).toHaveValue('Test again');
		await userEvent.keyboard('{Control>}z{/Control}');
		await userEvent.keyboard('{Control>}y{/Control}');
		await expect.element(title).toHaveValue('Test again');
	});
});
