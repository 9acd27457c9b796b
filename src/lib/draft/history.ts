/**
 * Undo and redo over immutable states. Changes in one `group` (the keys typed into one
 * field, say) one after another are one step: undo takes the whole word back, not a letter.
 */
export interface History<T> {
	past: T[];
	present: T;
	future: T[];
	/** The group of the latest change, which the next change of the same group joins. */
	group: string | null;
}

/** Steps kept to go back through. */
const LIMIT = 200;

export const historyOf = <T>(present: T): History<T> => ({
	past: [],
	present,
	future: [],
	group: null
});

export function record<T>(history: History<T>, next: T, group: string | null = null): History<T> {
	if (next === history.present) return history;
	if (group !== null && group === history.group) return { ...history, present: next, future: [] };
	return {
		past: [...history.past, history.present].slice(-LIMIT),
		present: next,
		future: [],
		group
	};
}

export function undo<T>(history: History<T>): History<T> {
	if (history.past.length === 0) return history;
	return {
		past: history.past.slice(0, -1),
		present: history.past.at(-1) as T,
		future: [history.present, ...history.future],
		group: null
	};
}

export function redo<T>(history: History<T>): History<T> {
	if (history.future.length === 0) return history;
	const [next, ...future] = history.future;
	return { past: [...history.past, history.present], present: next as T, future, group: null };
}
