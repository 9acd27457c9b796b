import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import type { ResolvedEvent } from '$lib/story/types';
import EventList from './EventList.svelte';

function event(id: string, year: string, group?: string): ResolvedEvent {
	return {
		id,
		title: `Event ${id}`,
		summary: id,
		kind: 'other',
		actors: [],
		...(group ? { group } : {}),
		when: {
			text: null,
			basis: 'inferred',
			note: 'test',
			start: `${year}-01-01`,
			end: `${year}-01-01`,
			precision: 'day',
			extent: 'within',
			timeZone: 'UTC',
			startsAt: `${year}-01-01T00:00:00Z`,
			endsAt: `${year}-01-02T00:00:00Z`
		},
		excerpts: []
	};
}

describe('EventList', () => {
	it('puts grouped events under their group’s heading, in time order', async () => {
		await render(EventList, {
			props: {
				events: [event('a', '1901', 'Video'), event('b', '1902'), event('c', '1903', 'Video')],
				selectedId: null,
				onselect: () => {}
			}
		});
		const headings = page.getByRole('heading', { level: 2 });
		await expect.element(headings.nth(0)).toHaveTextContent('Video');
		await expect.element(headings.nth(1)).toHaveTextContent('Other events');
		const video = page.getByRole('list', { name: 'Video: events, in time order' });
		await expect.element(video.getByRole('link').nth(0)).toHaveTextContent('Event a');
		await expect.element(video.getByRole('link').nth(1)).toHaveTextContent('Event c');
	});

	it('has no headings when no event has a group', async () => {
		await render(EventList, {
			props: {
				events: [event('a', '1901'), event('b', '1902')],
				selectedId: null,
				onselect: () => {}
			}
		});
		await expect.element(page.getByRole('list', { name: 'Events, in time order' })).toBeVisible();
		expect(document.querySelectorAll('h2')).toHaveLength(0);
	});
});
