import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { toTimelineEvents } from '$lib/timeline/timelineEvents';
import { smallStory } from '$lib/story/testing';
import Timeline from './Timeline.svelte';

function renderTimeline(onselect = vi.fn()) {
	const story = smallStory();
	// `props:` spelled out: `events` alone would be read as a Svelte mount option.
	const screen = render(Timeline, {
		props: {
			events: toTimelineEvents(story.events, story.displayTimeZone),
			displayTimeZone: story.displayTimeZone,
			label: 'Test timeline',
			onselect
		}
	});
	return { screen, onselect };
}

describe('Timeline', () => {
	it('draws one mark per event: a bar for a span, a point for a day', async () => {
		await page.viewport(900, 600);
		renderTimeline();
		const marks = document.querySelectorAll<HTMLElement>('.mark');
		expect([...marks].map((m) => [m.dataset.eventId, m.dataset.shape])).toEqual([
			['flight', 'bar'],
			['meeting', 'point'],
			['talks', 'point']
		]);
		await expect
			.element(
				page.getByRole('button', {
					name: /Minister flies to Paris, “earlier this week”, Mon 24 Feb 2025 – Wed 26 Feb 2025 \(stated\)/
				})
			)
			.toBeVisible();
		// Time runs left to right.
		const xs = [...marks].map((m) => m.getBoundingClientRect().left);
		expect(xs[0]).toBeLessThan(xs[1]!);
		expect(xs[1]).toBeLessThan(xs[2]!);
	});

	it('shows the display time zone', async () => {
		renderTimeline();
		await expect.element(page.getByText('Dates and times in London time')).toBeVisible();
	});

	it('is one tab stop; arrows move focus and Enter opens the focused event', async () => {
		const { onselect } = renderTimeline();
		const tabbable = [...document.querySelectorAll('.mark')].filter(
			(m) => m.getAttribute('tabindex') === '0'
		);
		expect(tabbable).toHaveLength(1);
		(tabbable[0] as HTMLElement).focus();
		await userEvent.keyboard('{ArrowRight}');
		await expect
			.element(page.getByRole('button', { name: /^Minister meets the president/ }))
			.toHaveFocus();
		await userEvent.keyboard('{Enter}');
		expect(onselect).toHaveBeenCalledWith('meeting');
		await userEvent.keyboard('{End}');
		await expect.element(page.getByRole('button', { name: /^Talks/ })).toHaveFocus();
	});
});
