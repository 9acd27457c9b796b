import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { seededEvents } from '$lib/timeline/testEvents';
import { timelineModelOf } from '$lib/timeline/timelineModel';
import Timeline from './Timeline.svelte';

// 2,000 events over a year: at the fitted zoom most are merged into "+N" clusters.
function renderBusy(onselect = vi.fn()) {
	render(Timeline, {
		props: {
			model: timelineModelOf(seededEvents(2_000), [], 'UTC'),
			label: 'Busy timeline',
			onselect
		}
	});
	return { onselect };
}

const plot = () => document.querySelector<HTMLElement>('[data-sourceline-plot]')!;
const visibleSpan = () =>
	Date.parse(plot().dataset.visibleEnd!) - Date.parse(plot().dataset.visibleStart!);
const active = () => document.activeElement as HTMLElement;

describe('Timeline with clusters', () => {
	it('draws only what fits: bounded marks, clusters that say their count', async () => {
		await page.viewport(1000, 700);
		renderBusy();
		await expect.element(page.getByRole('button', { name: /^\d+ events, / }).first()).toBeVisible();
		const marks = document.querySelectorAll('.plot .mark').length;
		const clustered = [...document.querySelectorAll<HTMLElement>('.plot .cluster')].reduce(
			(n, c) => n + Number(c.dataset.count),
			0
		);
		expect(marks + clustered).toBe(2_000);
		expect(marks).toBeLessThan(300);
		expect(document.querySelector('.timeline')!.getAttribute('data-sourceline-ready')).toBe('true');
	});

	it('arrows reach a cluster, Enter zooms into it and focus lands on one of its events', async () => {
		await page.viewport(1000, 700);
		renderBusy();
		expect(document.querySelectorAll('[data-sourceline-plot]')).toHaveLength(1);
		const stop = document.querySelector<HTMLElement>('.plot [tabindex="0"]')!;
		stop.focus();
		// Right through the first marks until a cluster has focus.
		for (let i = 0; i < 40 && active().dataset.cluster === undefined; i++)
			await userEvent.keyboard('{ArrowDown}');
		expect(active().dataset.cluster).toBeDefined();
		expect(active().getAttribute('aria-label')).toMatch(/^\d+ events, .+; activate to zoom in$/);
		const before = visibleSpan();
		await userEvent.keyboard('{Enter}');
		await expect.poll(visibleSpan).toBeLessThan(before / 4);
		// Focus stays in the timeline, on the cluster's first event (or what holds it now).
		await expect.poll(() => active().closest('.marks') !== null).toBe(true);
		expect(document.querySelectorAll('.plot [tabindex="0"]')).toHaveLength(1);
	});

	it('Home and End reach the story’s first and last events, + and 0 zoom', async () => {
		await page.viewport(1000, 700);
		renderBusy();
		document.querySelector<HTMLElement>('.plot [tabindex="0"]')!.focus();
		await userEvent.keyboard('{End}');
		const last = active();
		expect(last.dataset.eventId ?? last.dataset.cluster).toBeDefined();
		const fitted = visibleSpan();
		await userEvent.keyboard('+');
		await expect.poll(visibleSpan).toBeLessThan(fitted);
		await userEvent.keyboard('0');
		await expect.poll(() => Math.abs(visibleSpan() / fitted - 1)).toBeLessThan(0.001);
		await userEvent.keyboard('{Home}');
		await expect.poll(() => active().closest('.marks') !== null).toBe(true);
	});
});
