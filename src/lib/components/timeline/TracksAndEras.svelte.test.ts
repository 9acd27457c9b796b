import { describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { timelineEvent } from '$lib/timeline/testEvents';
import { timelineModelOf } from '$lib/timeline/timelineModel';
import '../../../app.css';
import Timeline from './Timeline.svelte';

const year = (y: number) => Date.UTC(y, 0, 1);

// Two centuries of year-only dates in two groups, with two eras: the opposite of a news week.
const events = [
	timelineEvent('babbage', year(1837), year(1838), {
		title: 'Analytical Engine designed',
		precision: 'year',
		group: 'Machines'
	}),
	timelineEvent('lovelace', year(1843), year(1844), {
		title: 'Lovelace’s notes',
		precision: 'year',
		group: 'People'
	}),
	timelineEvent('eniac', Date.UTC(1946, 1, 1), Date.UTC(1946, 2, 1), {
		title: 'ENIAC unveiled',
		precision: 'month',
		group: 'Machines'
	}),
	timelineEvent('hopper', year(1940), year(1950), {
		title: 'Hopper’s decade',
		precision: 'decade',
		group: 'People'
	}),
	timelineEvent('war', Date.UTC(1939, 8, 1), Date.UTC(1945, 8, 2), {
		title: 'Codebreaking at Bletchley',
		precision: 'span',
		group: 'People'
	})
];

describe('Timeline: tracks and eras', () => {
	it('draws groups as labelled tracks and eras as labelled bands; the axis counts years', async () => {
		await page.viewport(1000, 700);
		render(Timeline, {
			props: {
				model: timelineModelOf(
					events,
					[
						{ id: 'victorian', label: 'Victorian era', start: year(1837), end: year(1901) },
						{ id: 'ww2', label: 'Second World War', start: year(1939), end: year(1945) }
					],
					'Europe/London'
				),
				label: 'Computing',
				onselect: vi.fn()
			}
		});
		await expect.element(page.getByText('Machines', { exact: true })).toBeVisible();
		await expect.element(page.getByText('People', { exact: true })).toBeVisible();
		await expect.element(page.getByText('Victorian era')).toBeVisible();
		expect(document.querySelector('.axis .unit')!.textContent).toBe('Years');
		// Each group's events sit inside its track.
		const tracks = [...document.querySelectorAll<HTMLElement>('.track')];
		const inside = (id: string, track: HTMLElement) => {
			const m = document.querySelector(`[data-event-id="${id}"]`)!.getBoundingClientRect();
			const t = track.getBoundingClientRect();
			return m.top >= t.top && m.bottom <= t.bottom;
		};
		expect(inside('babbage', tracks[0]!)).toBe(true);
		expect(inside('eniac', tracks[0]!)).toBe(true);
		expect(inside('lovelace', tracks[1]!)).toBe(true);
		// A span between two instants is a bar; a year, a month, a decade are points with their band.
		const shape = (id: string) =>
			document.querySelector<HTMLElement>(`[data-event-id="${id}"]`)!.dataset.shape;
		expect(['war', 'babbage', 'eniac', 'hopper'].map(shape)).toEqual([
			'bar',
			'point',
			'point',
			'point'
		]);
		// The legend explains only what is drawn: dates of several precisions, one span.
		const legend = page.getByRole('list', { name: 'Legend' });
		expect(
			legend
				.getByRole('listitem')
				.elements()
				.map((li) => li.textContent?.trim())
		).toEqual(['Stated date', 'Stated span, lasting throughout']);
		await page.screenshot({
			path: '../../../../test-results/screenshots/timeline-tracks-eras.png'
		});
	});

	it('draws the signs of approximate, uncertain and open-ended dates, and explains them', async () => {
		await page.viewport(1000, 500);
		render(Timeline, {
			props: {
				model: timelineModelOf(
					[
						timelineEvent('enigma', year(1932), year(1933), {
							title: 'Enigma broken',
							precision: 'year',
							qualifier: 'approximate'
						}),
						timelineEvent('colossus', year(1943), year(1944), {
							title: 'Colossus',
							precision: 'year',
							qualifier: 'uncertain'
						}),
						timelineEvent('archive', year(1975), year(1976), {
							title: 'Records opened',
							precision: 'year',
							modifier: 'after'
						}),
						timelineEvent('war', Date.UTC(1939, 8, 1), Date.UTC(1945, 8, 2), {
							title: 'Codebreaking at Bletchley',
							precision: 'span'
						})
					],
					[],
					'Europe/London'
				),
				label: 'Codebreaking',
				onselect: vi.fn()
			}
		});
		const signOf = (id: string) =>
			document.querySelector(`[data-event-id="${id}"] .signs`)?.textContent ?? null;
		expect(['enigma', 'colossus', 'archive', 'war'].map(signOf)).toEqual(['~', '?', '›', null]);
		// Drawn only: the sign is not part of the mark's name.
		expect(document.querySelector('.signs')!.getAttribute('aria-hidden')).toBe('true');
		// Beside the point, not over its label.
		const sign = document.querySelector('[data-event-id="enigma"] .signs')!.getBoundingClientRect();
		const label = document
			.querySelector('[data-event-id="enigma"] .label')!
			.getBoundingClientRect();
		expect(sign.bottom <= label.top + 1 || sign.right <= label.left + 1).toBe(true);
		const legend = page.getByRole('list', { name: 'Legend' });
		expect(
			legend
				.getByRole('listitem')
				.elements()
				.map((li) => li.textContent?.trim())
		).toEqual([
			'Stated date',
			'Stated span, lasting throughout',
			'~Approximate date',
			'?Uncertain date',
			'›The date or after'
		]);
		await page.screenshot({
			path: '../../../../test-results/screenshots/timeline-date-signs.png'
		});
	});
});
