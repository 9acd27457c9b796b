import { describe, expect, it } from 'vitest';
import { undoKeyAction } from './undoKeys';

const keys = (
	key: string,
	mods: Partial<Record<'ctrl' | 'meta' | 'shift' | 'alt', true>> = {}
) => ({
	key,
	ctrlKey: !!mods.ctrl,
	metaKey: !!mods.meta,
	shiftKey: !!mods.shift,
	altKey: !!mods.alt
});

describe('undoKeyAction', () => {
	it.each([
		[keys('z', { ctrl: true }), 'undo'],
		[keys('z', { meta: true }), 'undo'],
		[keys('Z', { ctrl: true, shift: true }), 'redo'],
		[keys('z', { meta: true, shift: true }), 'redo'],
		[keys('y', { ctrl: true }), 'redo'],
		[keys('z'), null],
		[keys('z', { ctrl: true, alt: true }), null],
		[keys('x', { ctrl: true }), null]
	])('%j is %s', (event, action) => {
		expect(undoKeyAction(event)).toBe(action);
	});
});
