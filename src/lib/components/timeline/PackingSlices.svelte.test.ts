import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { seededEvents } from '$lib/timeline/testEvents';
import { timelineModelOf } from '$lib/timeline/timelineModel';
import Timeline from './Timeline.svelte';

describe('Timeline: a big story zoomed across a level', () => {
	it('draws the fitted packing at once, is busy while the level’s own is packed, then draws that', async () => {
		await page.viewport(1200, 700);
		// What runs the slices loads on demand for a story this big: have it at hand, so the
		// view's own import of it resolves at once.
		await import('$lib/timeline/packingSlices');
		render(Timeline, {
			props: {
				model: timelineModelOf(seededEvents(100_000), [], 'Europe/London'),
				label: 'Big timeline',
				onselect: () => {}
			}
		});
		const plot = document.querySelector<HTMLElement>('[data-sourceline-plot]')!;
		const clusters = () => plot.querySelectorAll('.cluster').length;
		await expect.poll(clusters).toBeGreaterThan(0);
		await new Promise((resolve) => setTimeout(resolve, 100));
		const span = () =>
			Date.parse(plot.dataset.visibleEnd!) - Date.parse(plot.dataset.visibleStart!);
		const fitted = span();

		const busy: boolean[] = [];
		const drawnWhileBusy: number[] = [];
		const watch = new MutationObserver(() => {
			busy.push(plot.ariaBusy === 'true');
			if (plot.ariaBusy === 'true') drawnWhileBusy.push(clusters());
		});
		watch.observe(plot, { attributes: true, attributeFilter: ['aria-busy'] });
		// Two presses: a level in, where a window of three views holds every event, too many to
		// pack in one slice.
		const zoomIn = document.querySelector<HTMLButtonElement>('.controls button')!;
		expect(zoomIn.ariaLabel).toBe('Zoom in');
		zoomIn.focus();
		await userEvent.keyboard('{Enter}');
		await new Promise((resolve) => setTimeout(resolve, 400));
		await userEvent.keyboard('{Enter}');
		await expect.poll(() => fitted / span()).toBeGreaterThan(2);
		await expect.poll(() => busy).toEqual([true, false]);
		watch.disconnect();
		expect(plot.ariaBusy).toBeNull();
		// Meanwhile the fitted view's clusters were drawn, their bins stretched by the zoom; the
		// level's own packing bins its overflow finer: more clusters on screen.
		await expect.poll(clusters).toBeGreaterThan(drawnWhileBusy[0]!);
	});
});
