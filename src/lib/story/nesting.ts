/**
 * How deep a story's JSON may nest. A story's own fields go a few levels down
 * (`events[0].when.text` is at four); an unknown field nested thousands of objects deep is
 * legal JSON, but copying it to or from a Web Worker (a structured clone) or writing it out
 * again recurses once per level and overflows the stack.
 */
export const MAX_NESTING = 32;

interface Visit {
	value: unknown;
	depth: number;
	/** The value this one is in, and its key or index there. */
	parent: Visit | null;
	key: string | number;
}

/**
 * The JSON path (`events[0].extra.a.a…`, `limit` levels of it) of the first value nested
 * deeper than `limit` objects and arrays, or null where there is none. A loop over an
 * explicit stack, no recursion: each value is visited once.
 */
export function tooDeep(value: unknown, limit = MAX_NESTING): string | null {
	const stack: Visit[] = [{ value, depth: 0, parent: null, key: '' }];
	for (let visit = stack.pop(); visit; visit = stack.pop()) {
		const at = visit.value;
		if (typeof at !== 'object' || at === null) continue;
		if (visit.depth >= limit) return pathOf(visit);
		const entries = Array.isArray(at) ? at.entries() : Object.entries(at);
		for (const [key, item] of entries)
			stack.push({ value: item, depth: visit.depth + 1, parent: visit, key });
	}
	return null;
}

function pathOf(visit: Visit): string {
	const keys: (string | number)[] = [];
	for (let at: Visit | null = visit; at?.parent; at = at.parent) keys.push(at.key);
	let path = '';
	for (const key of keys.reverse())
		path += typeof key === 'number' ? `[${key}]` : path === '' ? key : `.${key}`;
	return path || '(root)';
}
