import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { loadTestStory, smallStory, testEvent, testSource, testStory } from '$lib/story/testing';
import type { ResolvedStory } from '$lib/story/types';
import { timelineModel } from '$lib/timeline/timelineModel';
import Timeline from './Timeline.svelte';

function renderTimeline(onselect = vi.fn(), story: ResolvedStory = smallStory()) {
	const screen = render(Timeline, {
		props: {
			model: timelineModel(story.events, [], story.displayTimeZone),
			label: 'Test timeline',
			onselect
		}
	});
	return { screen, onselect };
}

describe('Timeline', () => {
	it('draws one mark per event: a point over a bracket for a range it fell within, a point for a day', async () => {
		await page.viewport(900, 600);
		renderTimeline();
		const marks = document.querySelectorAll<HTMLElement>('.mark');
		const drawn = (m: HTMLElement) => [
			m.dataset.eventId,
			m.dataset.shape,
			m.querySelector('.range, .zone')?.className.split(' ')[0] ?? null
		];
		// The days are counted in Paris, an hour off the London axis: each has its pale day.
		expect([...marks].map(drawn)).toEqual([
			['flight', 'range', 'range'],
			['meeting', 'point', 'zone'],
			['talks', 'point', 'zone']
		]);
		await expect
			.element(
				page.getByRole('button', {
					name: 'Minister flies to Paris, “earlier this week”, some day between Mon 24 and Wed 26 Feb 2025 (stated)'
				})
			)
			.toBeVisible();
		// The bracket spans the three days, the point sits inside it, and it is not filled.
		const flight = marks[0]!;
		const range = flight.querySelector<HTMLElement>('.range')!.getBoundingClientRect();
		const point = flight.querySelector<HTMLElement>('.point')!.getBoundingClientRect();
		expect(range.width).toBeGreaterThan(point.width * 3);
		expect(point.left).toBeGreaterThan(range.left);
		expect(point.right).toBeLessThan(range.right);
		expect(getComputedStyle(flight.querySelector('.range')!).backgroundColor).toBe(
			'rgba(0, 0, 0, 0)'
		);
		const legend = page.getByRole('list', { name: 'Legend' });
		expect(
			legend
				.getByRole('listitem')
				.elements()
				.map((li) => li.textContent?.trim())
		).toEqual([
			'Stated day',
			'Some time within the bracket',
			'Its day in the place’s own time zone'
		]);
		// Time runs left to right.
		const xs = [...marks].map((m) => m.getBoundingClientRect().left);
		expect(xs[0]).toBeLessThan(xs[1]!);
		expect(xs[1]).toBeLessThan(xs[2]!);
	});

	it('draws an event that lasted as a bar, named from its first day to its last', async () => {
		await page.viewport(900, 600);
		const text = 'Talks ran from Monday to Wednesday.\nA vote on Friday.';
		const story = loadTestStory(
			testStory({
				sources: [testSource({ text })],
				events: [
					testEvent('talks', {
						title: 'Talks',
						when: { text: 'from Monday to Wednesday', basis: 'stated' },
						excerpts: [{ source: 'paper', exact: 'Talks ran from Monday to Wednesday.' }]
					}),
					testEvent('vote', {
						title: 'Vote',
						when: { text: 'on Friday', basis: 'stated' },
						excerpts: [{ source: 'paper', exact: 'A vote on Friday.' }]
					})
				]
			})
		);
		renderTimeline(vi.fn(), story);
		const talks = page.getByRole('button', {
			name: 'Talks, “from Monday to Wednesday”, from Mon 24 to Wed 26 Feb 2025 (stated)'
		});
		await expect.element(talks).toHaveAttribute('data-shape', 'bar');
		await expect.element(talks).toHaveAttribute('data-extent', 'throughout');
		// In the display zone: no pale day under the point, and no bracket anywhere.
		expect(document.querySelectorAll('.mark .range, .mark .zone')).toHaveLength(0);
		const legend = page.getByRole('list', { name: 'Legend' });
		expect(
			legend
				.getByRole('listitem')
				.elements()
				.map((li) => li.textContent?.trim())
		).toEqual(['Stated day', 'Stated span, lasting throughout']);
	});

	it('shows the display time zone', async () => {
		renderTimeline();
		await expect.element(page.getByText('Times in London time (Europe/London)')).toBeVisible();
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

	it('“Show earlier” and “Show later” say so, and stay focused, at the ends of the story', async () => {
		await page.viewport(900, 600);
		renderTimeline();
		const earlier = page.getByRole('button', { name: 'Show earlier' });
		const later = page.getByRole('button', { name: 'Show later' });
		// The fitted view can still pan a margin either way.
		await expect.element(earlier).toHaveAttribute('aria-disabled', 'false');
		await expect.element(later).toHaveAttribute('aria-disabled', 'false');

		earlier.element().focus();
		const plot = document.querySelector<HTMLElement>('[data-sourceline-plot]')!;
		// Each pan is let finish (250 ms) before the next.
		const press = async (times: number) => {
			for (let i = 0; i < times; i++) {
				await userEvent.keyboard('{Enter}');
				await new Promise((r) => setTimeout(r, 400));
			}
		};
		await press(2);
		await expect.element(earlier).toHaveAttribute('aria-disabled', 'true');
		await expect.element(earlier).toHaveAccessibleDescription('At the start of the story');
		await expect.element(earlier).toHaveFocus();
		await expect.element(later).toHaveAttribute('aria-disabled', 'false');
		await expect.element(later).not.toHaveAccessibleDescription('At the end of the story');

		// Pressed at its limit, it does nothing; the other way is open again.
		const start = plot.dataset.visibleStart;
		await press(1);
		expect(plot.dataset.visibleStart).toBe(start);

		later.element().focus();
		await press(3);
		await expect.element(later).toHaveAttribute('aria-disabled', 'true');
		await expect.element(later).toHaveAccessibleDescription('At the end of the story');
		await expect.element(earlier).toHaveAttribute('aria-disabled', 'false');
	});

	it('“Zoom out” says so and keeps focus when the view is as wide as it goes', async () => {
		await page.viewport(900, 600);
		renderTimeline();
		const zoomOut = page.getByRole('button', { name: 'Zoom out' });
		await expect.element(zoomOut).toHaveAttribute('aria-disabled', 'false');
		zoomOut.element().focus();
		const plot = document.querySelector<HTMLElement>('[data-sourceline-plot]')!;
		const span = () =>
			Date.parse(plot.dataset.visibleEnd!) - Date.parse(plot.dataset.visibleStart!);
		const fitted = span();
		// The widest view is twice the fitted one: two steps of 1.5 reach it.
		for (let i = 0; i < 2; i++) {
			await userEvent.keyboard('{Enter}');
			await new Promise((r) => setTimeout(r, 400));
		}
		await expect.element(zoomOut).toHaveAttribute('aria-disabled', 'true');
		await expect.element(zoomOut).toHaveAccessibleDescription('Zoomed out as far as it goes');
		await expect.element(zoomOut).toHaveFocus();
		expect(span()).toBeCloseTo(fitted * 2, -3);
		// Pressed again, nothing changes; zooming in is still there.
		await userEvent.keyboard('{Enter}');
		await new Promise((r) => setTimeout(r, 400));
		expect(span()).toBeCloseTo(fitted * 2, -3);
		await expect
			.element(page.getByRole('button', { name: 'Zoom in' }))
			.toHaveAttribute('aria-disabled', 'false');
	});

	it('presses of “Zoom in” in quick succession add up, each a full step', async () => {
		await page.viewport(900, 600);
		renderTimeline();
		const zoomIn = page.getByRole('button', { name: 'Zoom in' });
		zoomIn.element().focus();
		const plot = document.querySelector<HTMLElement>('[data-sourceline-plot]')!;
		const span = () =>
			Date.parse(plot.dataset.visibleEnd!) - Date.parse(plot.dataset.visibleStart!);
		const fitted = span();
		// The second press comes while the first zoom's 250 ms animation is still running.
		await userEvent.keyboard('{Enter}');
		await new Promise((r) => setTimeout(r, 60));
		await userEvent.keyboard('{Enter}');
		await expect.poll(() => fitted / span()).toBeCloseTo(2.25, 3);
	});

	it('holds the first range when the plot’s width changes, until the view is moved', async () => {
		await page.viewport(900, 600);
		const story = smallStory();
		const range: [number, number] = [Date.UTC(2025, 1, 25), Date.UTC(2025, 1, 27)];
		render(Timeline, {
			props: {
				model: timelineModel(story.events, [], story.displayTimeZone),
				label: 'Test timeline',
				onselect: vi.fn(),
				initialRange: range
			}
		});
		const plot = document.querySelector<HTMLElement>('[data-sourceline-plot]')!;
		const edges = () => [plot.dataset.visibleStart, plot.dataset.visibleEnd];
		const shown = ['2025-02-25T00:00:00.000Z', '2025-02-27T00:00:00.000Z'];
		await expect.poll(edges).toEqual(shown);
		const width = plot.clientWidth;
		// A page scrollbar that goes away, say.
		await page.viewport(912, 600);
		await expect.poll(() => plot.clientWidth).toBe(width + 12);
		await expect.poll(edges).toEqual(shown);
		await userEvent.click(page.getByRole('button', { name: 'Zoom out' }));
		const hours = () => (Date.parse(edges()[1]!) - Date.parse(edges()[0]!)) / 3_600_000;
		await expect.poll(hours).toBeCloseTo(72, 1);
		await page.viewport(900, 600);
		await expect.poll(() => plot.clientWidth).toBe(width);
		await new Promise((resolve) => requestAnimationFrame(resolve));
		expect(hours()).toBeGreaterThan(70);
	});
});

describe('Timeline in a prerendered page (before its width is known)', () => {
	it('draws the fitted view in units of the plot width, where the measured layout puts it', async () => {
		const story = smallStory();
		// Not laid out yet: a plot of no width, as on the server.
		const target = document.body.appendChild(document.createElement('div'));
		target.style.display = 'none';
		render(Timeline, {
			target,
			props: {
				model: timelineModel(story.events, [], story.displayTimeZone),
				label: 'Test timeline',
				onselect: vi.fn()
			}
		});
		const root = target.querySelector<HTMLElement>('.timeline')!;
		expect(root.dataset.sourcelineReady).toBe('true');
		const marks = [...target.querySelectorAll<HTMLElement>('.mark')];
		expect(marks.map((m) => m.dataset.eventId)).toEqual(['flight', 'meeting', 'talks']);
		// The first starts the range, a fixed pad in from the edge; the others move with the width.
		expect(marks[0]!.style.transform).toMatch(/^translate\(\d+px, /);
		for (const mark of marks.slice(1)) expect(mark.style.transform).toContain('cqw');

		// Shown at 640 px: read before the plot is measured, then once it is.
		target.style.display = 'block';
		target.style.width = '640px';
		const shapes = () =>
			marks.map((m) => m.querySelector('.point, .bar')!.getBoundingClientRect().left);
		const before = shapes();
		await expect.poll(() => marks[1]!.style.transform).not.toContain('cqw');
		expect(marks.every((m) => m.isConnected)).toBe(true);
		const after = shapes();
		for (const [i, x] of after.entries()) expect(x).toBeCloseTo(before[i]!, 0);
		target.remove();
	});
});
