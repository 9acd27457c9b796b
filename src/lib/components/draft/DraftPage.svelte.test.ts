import { beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { STORAGE_KEY } from '$lib/draft/saved';
import DraftPage from './DraftPage.svelte';

// The /draft editor with real clicks and keys: the proposals for a three-line article.

const article = [
	'The minister resigned on Monday.',
	'He said talks would go on.',
	'A strike will start on 3 March.'
].join('\n');

const card = (title: string | RegExp) => page.getByRole('article', { name: title });
const button = (title: string | RegExp, action: string) =>
	card(title).getByRole('button', { name: new RegExp(`^${action}`) });

async function draftIt(text = article) {
	const screen = render(DraftPage);
	await userEvent.fill(page.getByLabelText(/^Article text/), text);
	await userEvent.fill(page.getByLabelText('Published (ISO date or date-time)'), '2025-02-27');
	await userEvent.fill(page.getByLabelText('Time zone of the publication'), 'Europe/London');
	await userEvent.click(page.getByRole('button', { name: 'Find dates and propose events' }));
	await expect.element(page.getByRole('heading', { name: 'Proposals', exact: true })).toBeVisible();
	return screen;
}

const focus = (locator: ReturnType<typeof card>) => (locator.element() as HTMLElement).focus();

beforeEach(async () => {
	localStorage.clear();
	await page.viewport(1200, 900);
});

describe('DraftPage', () => {
	it('proposes an event a dated sentence, context for the rest, with the words as written', async () => {
		await draftIt();
		await expect.element(card('The minister resigned')).toHaveTextContent('“on Monday”');
		await expect.element(card('The minister resigned')).toHaveTextContent('Mon 24 Feb 2025');
		await expect.element(card('He said talks would go on')).toHaveTextContent('Proposed context');
		await expect.element(card('A strike will start')).toHaveTextContent('Mon 3 Mar 2025');
		// Each action names its proposal, the words apart.
		await expect
			.element(page.getByRole('button', { name: 'Accept “The minister resigned”', exact: true }))
			.toBeVisible();
		const marks = [...document.querySelectorAll('.article mark')].map((m) => m.textContent);
		expect(marks).toEqual(['on Monday', 'on 3 March']);
	});

	it('accepts with Enter and rejects with Space, and each press can be undone', async () => {
		await draftIt();
		focus(button('The minister resigned', 'Accept'));
		await userEvent.keyboard('{Enter}');
		await expect
			.element(button('The minister resigned', 'Accept'))
			.toHaveAttribute('aria-pressed', 'true');
		await expect.element(card('The minister resigned')).toHaveTextContent('Accepted event');

		focus(button('A strike will start', 'Reject'));
		await userEvent.keyboard(' ');
		await expect.element(card('A strike will start')).toHaveTextContent('Rejected event');
		await userEvent.keyboard(' ');
		await expect.element(card('A strike will start')).toHaveTextContent('Proposed event');
		await expect
			.element(button('The minister resigned', 'Accept'))
			.toHaveAttribute('aria-pressed', 'true');
	});

	it('renames from the keyboard: the title changes when the field is left', async () => {
		await draftIt();
		const title = card('A strike will start').getByLabelText('Title');
		await userEvent.click(title);
		await userEvent.keyboard('{Control>}a{/Control}Rail strike called{Tab}');
		await expect.element(card('Rail strike called')).toBeVisible();
		await expect.element(card('A strike will start')).not.toBeInTheDocument();
	});

	it('merges two proposals into one event quoting both, and splits them back', async () => {
		await draftIt();
		await userEvent.click(button('The minister resigned', 'Merge with next'));
		const merged = card('The minister resigned');
		await expect.element(merged.getByRole('blockquote').nth(1)).toBeVisible();
		expect([...merged.element().querySelectorAll('blockquote')].map((q) => q.textContent)).toEqual([
			'The minister resigned on Monday.',
			'He said talks would go on.'
		]);
		await expect.element(card('He said talks would go on')).not.toBeInTheDocument();

		focus(button('The minister resigned', 'Split'));
		await userEvent.keyboard('{Enter}');
		await expect.element(card('He said talks would go on')).toBeVisible();
		expect(merged.element().querySelectorAll('blockquote')).toHaveLength(1);
	});

	it('drafts French once it is chosen, and keeps its reading through a change of basis', async () => {
		render(DraftPage);
		await userEvent.fill(page.getByLabelText(/^Article text/), 'Le maire a démissionné mardi.');
		await userEvent.fill(page.getByLabelText('Published (ISO date or date-time)'), '2025-02-28');
		await userEvent.fill(page.getByLabelText('Time zone of the publication'), 'Europe/Paris');
		await userEvent.selectOptions(page.getByLabelText('Language of the article'), 'fr');
		await userEvent.click(page.getByRole('button', { name: 'Find dates and propose events' }));
		const resigned = card('Le maire a démissionné');
		await expect.element(resigned).toHaveTextContent('“mardi”');
		await expect.element(resigned).toHaveTextContent('Tue 25 Feb 2025');
		await userEvent.selectOptions(resigned.getByLabelText('Date basis'), 'Inferred');
		await userEvent.selectOptions(resigned.getByLabelText('Date basis'), 'Stated');
		// Without its reading, “mardi” would be read as English words, and not placed.
		await expect.element(resigned).toHaveTextContent('Tue 25 Feb 2025');
	});

	it('changes a date’s basis: an inferred date asks for its reason until it has one', async () => {
		await draftIt();
		const said = card('He said talks would go on');
		await userEvent.selectOptions(said.getByLabelText('Date basis'), 'Inferred');
		await userEvent.fill(said.getByLabelText('Date expression'), 'on Monday');
		await userEvent.keyboard('{Tab}');
		await expect.element(said.getByText('Note (why this date): Must not be empty')).toBeVisible();
		await userEvent.fill(
			said.getByLabelText('Note (why this date)'),
			'The talks of the resignation day.'
		);
		await userEvent.keyboard('{Tab}');
		await expect.element(said.getByText(/^Note \(why this date\):/)).not.toBeInTheDocument();
		await expect.element(said).toHaveTextContent('Mon 24 Feb 2025');
		await expect.element(said).toHaveTextContent('Proposed event');
		await expect.element(said).toHaveTextContent('Inferred by the editor');

		// Back to stated is offered only where the article gives date words.
		const options = said.getByLabelText('Date basis').element().querySelectorAll('option');
		expect([...options].find((o) => o.value === 'stated')?.disabled).toBe(true);
	});

	it('names the proposal an inferred date is taken from, and an expression replaces it', async () => {
		await draftIt('On Monday the minister said: “We will fight. We will win.”');
		const win = card('We will win');
		await expect.element(win).toHaveTextContent('Dated as “The minister said”');
		await expect.element(win).toHaveTextContent('Mon 24 Feb 2025');
		await userEvent.fill(win.getByLabelText('Date expression'), 'on Tuesday');
		await userEvent.keyboard('{Tab}');
		await expect.element(win).toHaveTextContent('Tue 25 Feb 2025');
		await expect.element(win).not.toHaveTextContent('Dated as');
		expect(win.element().querySelector('.issue')).toBeNull();
	});

	it('keeps the work across a reload', async () => {
		const first = await draftIt();
		await userEvent.click(button('The minister resigned', 'Accept'));
		await userEvent.click(button('The minister resigned', 'Merge with next'));
		const title = card('A strike will start').getByLabelText('Title');
		await userEvent.fill(title, 'Rail strike called');
		await userEvent.keyboard('{Tab}');
		await expect.element(card('Rail strike called')).toBeVisible();
		// Kept a moment after the change, without waiting for the page to be left.
		await expect.poll(() => localStorage.getItem(STORAGE_KEY)).toContain('Rail strike called');
		first.unmount();

		render(DraftPage);
		await expect.element(card('Rail strike called')).toBeVisible();
		await expect
			.element(button('The minister resigned', 'Accept'))
			.toHaveAttribute('aria-pressed', 'true');
		expect(card('The minister resigned').element().querySelectorAll('blockquote')).toHaveLength(2);
		await expect.element(page.getByLabelText(/^Article text/)).toHaveValue(article);
	});

	it('forgets saved work it cannot trust instead of failing', async () => {
		localStorage.setItem(STORAGE_KEY, '{"input": {"article": 3}}');
		render(DraftPage);
		await expect
			.element(page.getByRole('button', { name: 'Find dates and propose events' }))
			.toBeVisible();
		await expect
			.element(page.getByRole('heading', { name: 'Proposals', exact: true }))
			.not.toBeInTheDocument();
		expect(localStorage.getItem(STORAGE_KEY)).not.toContain('"article":3');
	});
});
