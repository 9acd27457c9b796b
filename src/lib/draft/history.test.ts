import { describe, expect, it } from 'vitest';
import { historyOf, record, redo, undo } from './history';

describe('history: undo and redo, typing in one field one step', () => {
	it('undoes and redoes each change in turn', () => {
		let h = record(record(historyOf('a'), 'b'), 'c');
		h = undo(h);
		expect(h.present).toBe('b');
		h = undo(undo(h));
		expect(h.present).toBe('a');
		h = redo(h);
		expect(h.present).toBe('b');
		expect(redo(redo(redo(h))).present).toBe('c');
	});

	it('joins changes of one group, and a change after an undo drops what could be redone', () => {
		let h = record(historyOf(''), 'T', 'title');
		h = record(record(h, 'Ta', 'title'), 'Tal', 'title');
		h = record(h, 'Tal!', 'summary');
		expect(undo(h).present).toBe('Tal');
		expect(undo(undo(h)).present).toBe('');
		h = record(undo(h), 'X');
		expect(h.future).toEqual([]);
		expect(redo(h).present).toBe('X');
	});

	it('keeps a bounded past, and an unchanged state is no step', () => {
		let h = historyOf(0);
		for (let i = 1; i <= 500; i++) h = record(h, i);
		expect(h.past).toHaveLength(200);
		expect(record(h, h.present)).toBe(h);
	});
});
