import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Announcer } from './announcer.svelte';

describe('Announcer', () => {
	beforeEach(() => {
		vi.useFakeTimers();
	});
	afterEach(() => {
		vi.useRealTimers();
	});

	it('says a message at once', () => {
		const announcer = new Announcer();
		announcer.announce('Source closed.');
		expect(announcer.message).toBe('Source closed.');
	});

	it('makes a repeated message new, so it is read again', () => {
		const announcer = new Announcer();
		announcer.announce('Source closed.');
		const first = announcer.message;
		announcer.announce('Source closed.');
		expect(announcer.message).not.toBe(first);
		expect(announcer.message.trim()).toBe('Source closed.');
	});

	it('waits for quiet and says only the last of a burst', () => {
		const announcer = new Announcer();
		let range = 'Showing Mon 24 Feb – Sun 2 Mar';
		announcer.announce(() => range, 600);
		vi.advanceTimersByTime(300);
		range = 'Showing Tue 25 Feb – Fri 28 Feb';
		announcer.announce(() => range, 600);
		vi.advanceTimersByTime(599);
		expect(announcer.message).toBe('');
		// The text is read when it is said: where the zoom ended, not where it began.
		range = 'Showing Wed 26 Feb – Thu 27 Feb';
		vi.advanceTimersByTime(1);
		expect(announcer.message).toBe('Showing Wed 26 Feb – Thu 27 Feb');
	});

	it('a message said at once replaces one still waiting', () => {
		const announcer = new Announcer();
		announcer.announce('Showing Mon 24 Feb – Sun 2 Mar', 600);
		announcer.announce('Source opened, 1 passage highlighted.');
		vi.advanceTimersByTime(1000);
		expect(announcer.message).toBe('Source opened, 1 passage highlighted.');
	});

	it('cancel drops a waiting message', () => {
		const announcer = new Announcer();
		announcer.announce('Showing Mon 24 Feb – Sun 2 Mar', 600);
		announcer.cancel();
		vi.advanceTimersByTime(1000);
		expect(announcer.message).toBe('');
	});
});
