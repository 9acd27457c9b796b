import { beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { cleanup, render } from 'vitest-browser-svelte';
import { EDIT_STORAGE_KEY } from '$lib/draft/editKept';
import { testStory } from '$lib/story/testing';
import EditorPage from './EditorPage.svelte';

// The /edit editor with real keys: a date read as it is typed, and undo from the keyboard.

const dateWords = () => page.getByLabelText('Date words, as the source writes them');
const reading = () => page.getByText(/^(Read as|Not read|Read once)/);

async function openStory(story: object = testStory()) {
	render(EditorPage);
	const file = new File([JSON.stringify(story)], 'story.json', { type: 'application/json' });
	await userEvent.upload(page.getByLabelText(/^Open a story file/), file);
	await expect.element(page.getByText('The story validates.')).toBeVisible();
}

beforeEach(async () => {
	await page.viewport(1200, 900);
	localStorage.clear();
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

	it('keeps the story in this browser: a reload reopens it as it was left, until started afresh', async () => {
		await openStory();
		const title = page.getByLabelText('Story title');
		await userEvent.click(title);
		await userEvent.keyboard('{End} kept');
		await expect.poll(() => localStorage.getItem(EDIT_STORAGE_KEY)).toContain('Test kept');
		cleanup();

		render(EditorPage);
		await expect.element(page.getByText(/^Reopened as you left it/)).toBeVisible();
		await expect.element(page.getByLabelText('Story title')).toHaveValue('Test kept');
		await userEvent.click(page.getByRole('button', { name: 'Start afresh' }));
		await expect.element(page.getByLabelText('Story title')).not.toBeInTheDocument();
		expect(localStorage.getItem(EDIT_STORAGE_KEY)).toBeNull();
	});

	it('shows the timeline as readers will see it, kept while a change does not validate', async () => {
		await openStory();
		const preview = page.getByRole('region', { name: 'Preview of the story’s timeline' });
		await expect.element(preview).toBeVisible();
		await expect.element(page.getByText(/^The timeline as it will be published/)).toBeVisible();
		await userEvent.clear(page.getByLabelText('Story id'));
		await expect.element(page.getByText(/^The timeline as the story last validated/)).toBeVisible();
		await expect.element(preview).toBeVisible();
	});

	it('says when another tab writes the same story, and keeps nothing until told which', async () => {
		await openStory();
		const other = JSON.stringify({
			file: 'story.json',
			story: { id: 'other' },
			keptAt: new Date().toISOString()
		});
		window.dispatchEvent(
			new StorageEvent('storage', {
				key: EDIT_STORAGE_KEY,
				newValue: other,
				storageArea: localStorage
			})
		);
		await expect.element(page.getByText(/^This story is open in another tab too/)).toBeVisible();
		await userEvent.click(page.getByRole('button', { name: 'Keep this tab’s work' }));
		await expect.poll(() => localStorage.getItem(EDIT_STORAGE_KEY)).toContain('"Test"');
	});

	it('adds a second source, with the events proposed from it to check, and the story still validates', async () => {
		await openStory();
		const before = document.querySelectorAll('[data-event-card]').length;
		await userEvent.click(page.getByText('Add a source', { exact: true }));
		const form = page.getByRole('form', { name: 'New source' });
		await userEvent.fill(
			form.getByLabelText('The article’s text, word for word'),
			'Leaders meet in London\n\nEuropean leaders met in London on Sunday to discuss Ukraine.'
		);
		await userEvent.fill(form.getByLabelText('Publisher'), 'The Daily Example');
		await userEvent.fill(form.getByLabelText('Published (ISO date or date-time)'), '2025-03-03');
		await userEvent.click(form.getByRole('button', { name: 'Add the source' }));
		await expect
			.element(
				page.getByText(/^Added “The Daily Example” as source the-daily-example, with 1 event/)
			)
			.toBeVisible();
		expect(document.querySelectorAll('[data-event-card]')).toHaveLength(before + 1);
		await expect
			.element(page.getByRole('region', { name: /^Source the-daily-example/ }))
			.toBeVisible();
		await expect.element(page.getByText('The story validates.')).toBeVisible();
	});

	it('reads a new source in the story’s language unless told otherwise', async () => {
		await openStory({ ...testStory(), language: 'de' });
		await userEvent.click(page.getByText('Add a source', { exact: true }));
		const form = page.getByRole('form', { name: 'New source' });
		const language = form.getByLabelText('Language of the article');
		await expect.element(language).toHaveValue('de');
		await userEvent.fill(
			form.getByLabelText('The article’s text, word for word'),
			'Treffen in London\n\nDie europäischen Staats- und Regierungschefs trafen sich am Sonntag in London.'
		);
		await userEvent.fill(form.getByLabelText('Publisher'), 'Das Beispiel');
		await userEvent.fill(form.getByLabelText('Published (ISO date or date-time)'), '2025-03-03');
		await userEvent.click(form.getByRole('button', { name: 'Add the source' }));
		// "am Sonntag" read by the German words: the Sunday before Monday's publication.
		await expect
			.element(page.getByText(/^Added “Das Beispiel” as source das-beispiel, with 1 event/))
			.toBeVisible();
		await expect.element(page.getByText('The story validates.')).toBeVisible();
	});

	it('records the language chosen for a new source on the source', async () => {
		await openStory({ ...testStory(), language: 'en-GB' });
		await userEvent.click(page.getByText('Add a source', { exact: true }));
		const form = page.getByRole('form', { name: 'New source' });
		await userEvent.selectOptions(form.getByLabelText('Language of the article'), 'fr');
		await userEvent.fill(
			form.getByLabelText('The article’s text, word for word'),
			'Réunion à Londres\n\nLes dirigeants européens se sont réunis à Londres dimanche.'
		);
		await userEvent.fill(form.getByLabelText('Publisher'), 'Le Journal');
		await userEvent.fill(form.getByLabelText('Published (ISO date or date-time)'), '2025-03-03');
		await userEvent.click(form.getByRole('button', { name: 'Add the source' }));
		await expect
			.element(page.getByText(/^Added “Le Journal” as source le-journal, with 1 event/))
			.toBeVisible();
		const sourceOf = (id: string) =>
			(
				JSON.parse(localStorage.getItem(EDIT_STORAGE_KEY) ?? '{}') as {
					story?: { sources: { id: string; language: string }[] };
				}
			).story?.sources.find((source) => source.id === id)?.language;
		await expect.poll(() => sourceOf('le-journal')).toBe('fr');
		// A source in the story's own language keeps the story's tag, region and all.
		await userEvent.click(page.getByText('Add a source', { exact: true }));
		await userEvent.fill(
			form.getByLabelText('The article’s text, word for word'),
			'Leaders meet\n\nEuropean leaders met in London on Sunday.'
		);
		await userEvent.selectOptions(form.getByLabelText('Language of the article'), 'en');
		await userEvent.fill(form.getByLabelText('Publisher'), 'The Daily Example');
		await userEvent.click(form.getByRole('button', { name: 'Add the source' }));
		await expect.poll(() => sourceOf('the-daily-example')).toBe('en-GB');
		await expect.element(page.getByText('The story validates.')).toBeVisible();
	});
});
