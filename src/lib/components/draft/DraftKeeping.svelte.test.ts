import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { merge } from '$lib/draft/operations';
import { draftArticle } from '$lib/draft/proposals';
import { STORAGE_KEY, writeSaved, type Saved } from '$lib/draft/saved';
import type { Proposal } from '$lib/draft/types';
import DraftPage from './DraftPage.svelte';

// Nothing is lost: a click lands where it was aimed, the count is said before download, and
// the work kept in the browser survives a full storage, a second tab and a damaged save.

const long =
	'The prime minister and the leader of the opposition met the union leaders in Downing Street on Monday.';
const input = {
	article: `Strikes called off\n${long}\nA strike will start on 3 March.`,
	published: '2025-02-27',
	timeZone: 'Europe/London',
	publisher: 'Wire'
};
const saved = (draft = draftArticle(input), extra: Partial<Saved> = {}): string =>
	writeSaved({ input, storyId: 'strikes', storyTitle: 'Strikes', draft, ...extra });

const card = (title: string | RegExp) => page.getByRole('article', { name: title });
const accept = (title: string | RegExp) => card(title).getByRole('button', { name: /^Accept/ });

beforeEach(async () => {
	localStorage.clear();
	await page.viewport(320, 900);
});
afterEach(() => vi.restoreAllMocks());

describe('the draft keeps every click and change', () => {
	it('accepts at once after a long title is typed over: the click lands, the count says so', async () => {
		// Tall enough that nothing scrolls: the browser's scroll anchoring cannot hide a shift.
		await page.viewport(320, 3000);
		localStorage.setItem(STORAGE_KEY, saved());
		render(DraftPage);
		const met = card(/^The prime minister and the leader/);
		const heading = met.getByRole('heading').element();
		// The default title runs to two lines on this narrow card.
		expect(heading.getBoundingClientRect().height).toBeGreaterThan(30);
		const button = accept(/^The prime minister and the leader/).element();
		const before = button.getBoundingClientRect().top;

		await userEvent.fill(met.getByLabelText('Title'), 'Talks');
		// The same button, clicked at once with the pointer: the title is kept as it is typed,
		// so the field's blur moves nothing under the pointer.
		await userEvent.click(page.elementLocator(button), { delay: 100 });
		await expect.element(page.elementLocator(button)).toHaveAttribute('aria-pressed', 'true');
		await expect.element(page.elementLocator(heading)).toHaveTextContent('Talks');
		// The heading did shrink and the button move: as the title was typed, not at the click.
		expect(button.getBoundingClientRect().top).toBeLessThan(before);
		await expect.element(page.getByText(/^The file will hold 1 accepted event\./)).toBeVisible();
		await expect.poll(() => localStorage.getItem(STORAGE_KEY)).toContain('"title":"Talks"');
	});

	it('undoes with Ctrl+Z and redoes with Ctrl+Shift+Z: a typed title is one step', async () => {
		localStorage.setItem(STORAGE_KEY, saved());
		render(DraftPage);
		const strike = card('A strike will start');
		await userEvent.click(strike.getByLabelText('Title'));
		await userEvent.keyboard('{Control>}a{/Control}Rail strike');
		await userEvent.click(accept('Rail strike'));
		await expect.element(accept('Rail strike')).toHaveAttribute('aria-pressed', 'true');

		await userEvent.keyboard('{Control>}z{/Control}');
		await expect.element(accept('Rail strike')).toHaveAttribute('aria-pressed', 'false');
		await userEvent.keyboard('{Control>}z{/Control}');
		await expect.element(card('A strike will start')).toBeVisible();
		await expect
			.element(card('A strike will start').getByLabelText('Title'))
			.toHaveValue('A strike will start');
		await userEvent.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
		await expect.element(card('Rail strike')).toBeVisible();
		await userEvent.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
		await expect.element(accept('Rail strike')).toHaveAttribute('aria-pressed', 'true');
		await expect.poll(() => localStorage.getItem(STORAGE_KEY)).toContain('"title":"Rail strike"');
	});

	it('says when an accepted event has no date and stays out of the file', async () => {
		const spring = { ...input, article: `${input.article}\nTalks resume in the spring.` };
		localStorage.setItem(
			STORAGE_KEY,
			writeSaved({ input: spring, storyId: 's', storyTitle: 'S', draft: draftArticle(spring) })
		);
		render(DraftPage);
		await userEvent.click(accept('A strike will start'));
		await userEvent.click(accept('Talks resume'));
		await expect
			.element(page.getByText(/^The file will hold 1 accepted event\./))
			.toHaveTextContent('1 accepted event has no date yet and stays out until given one.');
	});

	it('says when the storage is full, and offers the work for download', async () => {
		render(DraftPage);
		vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		});
		await userEvent.fill(page.getByLabelText(/^Article text/), input.article);
		await expect
			.element(page.getByRole('alert').filter({ hasText: 'storage for the site is full' }))
			.toBeVisible();
		await expect.element(page.getByRole('button', { name: 'Download the work' })).toBeVisible();
	});

	it('warns of a second tab on the same draft and stops overwriting it until told', async () => {
		localStorage.setItem(STORAGE_KEY, saved());
		render(DraftPage);
		await expect.element(card('A strike will start')).toBeVisible();
		const other = draftArticle(input);
		other.proposals[2] = { ...other.proposals[2]!, title: 'Renamed in the other tab' };
		const text = saved(other);
		localStorage.setItem(STORAGE_KEY, text);
		window.dispatchEvent(
			new StorageEvent('storage', { key: STORAGE_KEY, newValue: text, storageArea: localStorage })
		);
		await expect.element(page.getByText(/open in another tab too/)).toBeVisible();
		await userEvent.fill(card('A strike will start').getByLabelText('Title'), 'Mine');
		await new Promise((done) => setTimeout(done, 400));
		expect(localStorage.getItem(STORAGE_KEY)).toBe(text);
		await userEvent.click(page.getByRole('button', { name: 'Use the other tab’s work' }));
		await expect.element(card('Renamed in the other tab')).toBeVisible();
		await expect.element(page.getByText(/open in another tab too/)).not.toBeInTheDocument();
	});

	it('opens a saved draft whose proposals share an id, giving them new ones, and says so', async () => {
		const draft = draftArticle(input);
		const [, , strike] = draft.proposals;
		const twice = { ...draft, proposals: [...draft.proposals, { ...strike!, title: 'Again' }] };
		localStorage.setItem(STORAGE_KEY, saved(twice));
		render(DraftPage);
		await expect.element(card('Again')).toBeVisible();
		await expect.element(card('A strike will start')).toBeVisible();
		await expect.element(page.getByText(/1 saved proposal had an id already in use/)).toBeVisible();
	});

	it('keeps the article of a save it cannot read, and offers what was stored', async () => {
		localStorage.setItem(STORAGE_KEY, JSON.stringify({ input, storyId: 3 }));
		render(DraftPage);
		await expect.element(page.getByLabelText(/^Article text/)).toHaveValue(input.article);
		await expect.element(page.getByText(/could not be read back/)).toBeVisible();
		await expect
			.element(page.getByRole('button', { name: 'Download what was stored' }))
			.toBeVisible();
	});

	it('opens 20,000 stored proposals a page at a time, without freezing', async () => {
		const lines = Array.from({ length: 20_000 }, (_, i) => `Event ${i} happened on Monday.`);
		const article = lines.join('\n');
		let at = 0;
		const proposals: Proposal[] = lines.map((line, i) => {
			const start = at;
			at += line.length + 1;
			return {
				...{ id: `event-${i}`, title: `Event ${i}`, status: 'proposed', role: 'event' },
				excerpts: [{ start, end: start + line.length }],
				when: { text: 'on Monday', basis: 'stated' },
				why: 'Stated.'
			};
		});
		const big = { ...input, article };
		localStorage.setItem(
			STORAGE_KEY,
			writeSaved({
				input: big,
				storyId: 'big',
				storyTitle: 'Big',
				draft: { input: big, sentences: [], mentions: [], proposals }
			})
		);
		const started = performance.now();
		render(DraftPage);
		await expect.element(page.getByText('Proposals 1–50 of 20,000').first()).toBeVisible();
		const took = performance.now() - started;
		console.log(`20,000 proposals opened in ${Math.round(took)} ms`);
		expect(took).toBeLessThan(8000);
		expect(document.querySelectorAll('[data-proposal]')).toHaveLength(50);
		await userEvent.click(page.getByRole('button', { name: 'Next proposals' }).first());
		await expect.element(card('Event 50')).toBeVisible();
		await expect
			.element(page.getByRole('button', { name: /^Show the rest of the article \(19,800/ }))
			.toBeVisible();
	});

	it('splits a draft read back from storage with its language’s kinds, as a fresh one', async () => {
		const fresh = draftArticle(input);
		const [met, strike] = [long, 'A strike will start on 3 March.'].map((sentence) =>
			fresh.proposals.find(({ excerpts: [first] }) =>
				input.article.slice(first!.start, first!.end).startsWith(sentence)
			)!
		);
		expect(met!.kind).not.toBe(strike!.kind);
		const merged = merge(fresh, met!.id, strike!.id);
		// Stored merged, as the kind of its first part.
		localStorage.setItem(STORAGE_KEY, saved(merged));
		render(DraftPage);
		const both = card(/^The prime minister and the leader/);
		await userEvent.click(both.getByRole('button', { name: /^Split/ }));
		await expect
			.element(card('A strike will start').getByLabelText('Kind'))
			.toHaveValue(strike!.kind);
		await expect
			.element(card(/^The prime minister and the leader/).getByLabelText('Kind'))
			.toHaveValue(met!.kind);
	});
});
