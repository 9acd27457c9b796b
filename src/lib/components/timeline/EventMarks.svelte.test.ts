import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { layoutTimeline } from '$lib/timeline/layoutTimeline';
import { defaultTimelineOptions } from '$lib/timeline/layoutTypes';
import { createTimelineIndex } from '$lib/timeline/timelineIndex';
import type { TimelineEvent } from '$lib/timeline/timelineEvents';
import EventMarks from './EventMarks.svelte';

const day = 86_400_000;
const monday = Date.UTC(2025, 1, 24);

function event(id: string, title: string, startDay: number, days = 1): TimelineEvent {
	const start = monday + startDay * day;
	return {
		id,
		title,
		start,
		end: start + days * day,
		precision: days > 1 ? 'span' : 'day',
		extent: days > 1 ? 'throughout' : 'within',
		basis: 'stated',
		description: `${title}, day ${startDay + 1}`
	};
}

// Time order. The span overlaps the next two days, so "Tuesday" and "Wednesday" sit in
// the lane below it.
const events = [
	event('span', 'Monday to Wednesday', 0, 3),
	event('tue', 'Tuesday', 1),
	event('wed', 'Wednesday', 2),
	event('fri', 'Friday', 4)
];

async function renderMarks() {
	const index = createTimelineIndex(events);
	const { marks, clusters } = layoutTimeline(
		index,
		[],
		900,
		{ k: 1, x: 0 },
		{ ...defaultTimelineOptions, displayTimeZone: 'UTC' }
	);
	const onselect = vi.fn();
	const onreveal = vi.fn();
	const { container, rerender } = await render(EventMarks, {
		index,
		marks,
		clusters,
		selectedId: null,
		rowHeight: 34,
		pointSize: 12,
		onselect,
		onopencluster: vi.fn(),
		onreveal
	});
	// Something to tab from and to, as on a page.
	container.before(outside('Before'));
	container.after(outside('After'));
	return { marks, onselect, onreveal, rerender };
}

function outside(label: string): HTMLButtonElement {
	const button = document.createElement('button');
	button.textContent = label;
	button.className = 'outside';
	return button;
}

afterEach(() => {
	for (const button of document.querySelectorAll('.outside')) button.remove();
});

/** Tabs from the button before the marks into them. */
async function enterMarks() {
	page.getByRole('button', { name: 'Before' }).element().focus();
	await userEvent.tab();
}

const mark = (name: string) => page.getByRole('button', { name: new RegExp(`^${name},`) });

describe('EventMarks keyboard', () => {
	it('is one tab stop, entered on the first event', async () => {
		await renderMarks();
		expect(document.querySelectorAll('.mark[tabindex="0"]')).toHaveLength(1);
		await userEvent.tab();
		await expect.element(page.getByRole('button', { name: 'Before' })).toHaveFocus();
		await userEvent.tab();
		await expect.element(mark('Monday to Wednesday')).toHaveFocus();
		await userEvent.tab();
		await expect.element(page.getByRole('button', { name: 'After' })).toHaveFocus();
	});

	it('arrows step through time; Home and End jump to the ends', async () => {
		const { onreveal } = await renderMarks();
		await enterMarks();
		await userEvent.keyboard('{ArrowRight}');
		await expect.element(mark('Tuesday')).toHaveFocus();
		await userEvent.keyboard('{ArrowRight}');
		await expect.element(mark('Wednesday')).toHaveFocus();
		await userEvent.keyboard('{ArrowLeft}');
		await expect.element(mark('Tuesday')).toHaveFocus();
		await userEvent.keyboard('{End}');
		await expect.element(mark('Friday')).toHaveFocus();
		await userEvent.keyboard('{Home}');
		await expect.element(mark('Monday to Wednesday')).toHaveFocus();
		// Every keyboard move asks the timeline to bring the event into view.
		expect(onreveal.mock.calls.map(([target]) => target.id)).toEqual([
			'span',
			'tue',
			'wed',
			'tue',
			'fri',
			'span'
		]);
	});

	it('up and down move between lanes', async () => {
		const { marks } = await renderMarks();
		const laneOf = (id: string) => marks.find((m) => m.event.id === id)!.row;
		expect(laneOf('tue')).not.toBe(laneOf('span'));
		await enterMarks();
		await userEvent.keyboard('{ArrowDown}');
		const below = document.activeElement as HTMLElement;
		expect(Number(below.dataset.lane)).toBe(laneOf('span') + 1);
		await userEvent.keyboard('{ArrowUp}');
		await expect.element(mark('Monday to Wednesday')).toHaveFocus();
	});

	it('the tab stop follows focus, so Tab returns to the last event', async () => {
		await renderMarks();
		await mark('Monday to Wednesday').element().focus();
		await userEvent.keyboard('{End}');
		await userEvent.tab({ shift: true });
		await expect.element(page.getByRole('button', { name: 'Before' })).toHaveFocus();
		expect(document.querySelectorAll('.mark[tabindex="0"]')).toHaveLength(1);
		await userEvent.tab();
		await expect.element(mark('Friday')).toHaveFocus();
	});

	it('Enter and Space open the focused event', async () => {
		const { onselect } = await renderMarks();
		await enterMarks();
		await userEvent.keyboard('{ArrowRight}');
		await userEvent.keyboard('{Enter}');
		await userEvent.keyboard('{ArrowRight}');
		await userEvent.keyboard(' ');
		expect(onselect.mock.calls).toEqual([['tue'], ['wed']]);
	});

	it('keeps focus on an event whose mark a redraw moves in the page, every time', async () => {
		const { marks, rerender } = await renderMarks();
		await enterMarks();
		await userEvent.keyboard('{End}');
		await expect.element(mark('Friday')).toHaveFocus();
		// Moving the focused element in the page drops its focus in the browser; the redraw
		// must put it back, and not take the first loss as the reader having left.
		const friday = marks.find((m) => m.event.id === 'fri')!;
		const others = marks.filter((m) => m !== friday);
		for (const order of [
			[friday, ...others],
			[...others, friday],
			[friday, ...others]
		]) {
			await rerender({ marks: order });
			await expect.element(mark('Friday')).toHaveFocus();
		}
	});

	it('a mouse press does not pan (it would move the mark under the pointer)', async () => {
		const { onreveal } = await renderMarks();
		await mark('Wednesday').click();
		expect(onreveal).not.toHaveBeenCalled();
	});
});
