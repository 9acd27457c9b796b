import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { smallStory } from '$lib/story/testing';
import FullStory from './FullStory.svelte';

describe('FullStory', () => {
	it('opens the source panel with the passage highlighted on Enter', async () => {
		await page.viewport(1000, 800);
		render(FullStory, { story: smallStory(), updateUrl: () => {} });
		const mark = page.getByRole('button', { name: /^Minister meets the president/ });
		(mark.element() as HTMLElement).focus();
		await userEvent.keyboard('{Enter}');
		const panel = page.getByRole('region', { name: 'Source' });
		await expect
			.element(panel.getByRole('heading', { name: 'Minister meets the president' }))
			.toBeVisible();
		await expect.element(panel.getByText('as written: “this Friday”')).toBeVisible();
		const active = document.querySelectorAll('.passage.active');
		expect([...active].map((a) => a.textContent)).toEqual([
			'She will meet the president this Friday.'
		]);
	});

	it('renders the article exactly as its source text: nothing added, nothing lost', async () => {
		const story = smallStory();
		render(FullStory, { story, updateUrl: () => {} });
		const paragraphs = [...document.querySelectorAll('.source-text p')].map((p) => p.textContent);
		expect(paragraphs.join('\n') + '\n').toBe(story.sources[0]!.text);
	});
});
