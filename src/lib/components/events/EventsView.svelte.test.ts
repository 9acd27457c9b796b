import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import type { Era, ResolvedEvent } from '$lib/story/types';
import EventsViewHarness from './EventsViewHarness.svelte';

function event(id: string, title: string, day: string): ResolvedEvent {
	return {
		id,
		title,
		summary: `${title}, in a line.`,
		kind: 'meeting',
		actors: ['Someone'],
		place: { name: 'London', timeZone: 'Europe/London' },
		when: {
			text: null,
			basis: 'stated',
			start: day,
			end: day,
			precision: 'day',
			extent: 'within',
			timeZone: 'Europe/London',
			startsAt: `${day}T00:00:00.000Z`,
			endsAt: `${day}T23:59:59.999Z`
		},
		excerpts: []
	};
}

const events = [
	event('first', 'First meeting', '2025-02-24'),
	event('second', 'Second meeting', '2025-02-27')
];

async function renderView(eras: Era[] = []) {
	const onselect = vi.fn();
	const result = await render(EventsViewHarness, { props: { events, eras, onselect } });
	return { ...result, onselect };
}

describe('EventsView', () => {
	it('shows the timeline once the page runs, and the list on request', async () => {
		await renderView();
		const timeline = page.getByRole('button', { name: 'Timeline' });
		const list = page.getByRole('button', { name: 'List' });
		await expect.element(timeline).toHaveAttribute('aria-pressed', 'true');
		// Not merely hidden: a hidden list of thousands of rows would slow the timeline.
		await expect.poll(() => document.querySelector('[data-events-view="list"]')).toBeNull();

		timeline.element().focus();
		await userEvent.keyboard('{Tab}');
		await expect.element(list).toHaveFocus();
		await userEvent.keyboard('{Enter}');
		await expect.element(list).toHaveAttribute('aria-pressed', 'true');
		await expect.element(timeline).toHaveAttribute('aria-pressed', 'false');
		// The switch on the timeline's line is hidden with it: focus follows to the list's.
		await expect.element(list).toHaveFocus();
		expect(
			document.activeElement?.closest('[data-events-view]')?.getAttribute('data-events-view')
		).toBe('list');
		await expect.element(page.getByRole('list', { name: 'Events, in time order' })).toBeVisible();
		await expect.element(page.getByRole('link', { name: 'First meeting' })).toBeVisible();
		expect(document.querySelector('.fake-chart')?.checkVisibility()).toBe(false);
	});

	it('lists every event with its date and a link to its passage', async () => {
		await renderView();
		await page.getByRole('button', { name: 'List' }).click();
		const links = page.getByRole('listitem').getByRole('link');
		await expect.element(links.nth(0)).toHaveAttribute('href', '#passage-first-0');
		await expect.element(links.nth(1)).toHaveAttribute('href', '#passage-second-0');
		await expect
			.element(page.getByRole('listitem').nth(1).getByText('Thu 27 Feb 2025'))
			.toBeVisible();
	});

	it('a link in the list opens its event; focusEvent returns focus to it', async () => {
		const { component, onselect } = await renderView();
		await page.getByRole('button', { name: 'List' }).click();
		await page.getByRole('link', { name: 'Second meeting' }).click();
		expect(onselect).toHaveBeenCalledWith('second');
		(document.activeElement as HTMLElement).blur();
		component.focusEvent('second');
		await expect.element(page.getByRole('link', { name: 'Second meeting' })).toHaveFocus();
	});

	it('focusEvent focuses the mark when the timeline shows', async () => {
		const { component } = await renderView();
		component.focusEvent('first');
		await expect.element(page.getByRole('button', { name: 'First meeting' })).toHaveFocus();
	});

	it('lists the story’s eras before its events, a zone only beside days', async () => {
		const era = (id: string, label: string, start: string, end: string): Era => ({
			...events[0]!.when,
			id,
			label,
			expression: `${start}/${end}`,
			start,
			end,
			precision: 'span',
			extent: 'throughout',
			timeZone: 'Europe/London'
		});
		await renderView([
			era('war', 'The war', '1939-09', '1945-09'),
			era('visit', 'The visit', '2025-02-24', '2025-02-27')
		]);
		await page.getByRole('button', { name: 'List' }).click();
		const eras = page.getByRole('list', { name: 'Eras, in time order' }).getByRole('listitem');
		await expect
			.element(eras.nth(0))
			.toHaveTextContent(/^The war\s*from September 1939 to September 1945$/);
		await expect
			.element(eras.nth(1))
			.toHaveTextContent(/^The visit\s*from Mon 24 to Thu 27 Feb 2025\s*\(London time\)$/);
		// Before the events' own list.
		const lists = [
			...document.querySelectorAll('[data-events-view="list"] ul, [data-events-view="list"] ol')
		];
		expect(lists.map((l) => l.getAttribute('aria-label'))).toEqual([
			'Eras, in time order',
			'Events, in time order'
		]);
	});
});
