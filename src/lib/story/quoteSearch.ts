/**
 * Finds many quotes in one source in one pass over its text (Aho–Corasick: a trie of the
 * quotes, with links that say where to go on when a character does not follow), instead of
 * one search of the whole text per quote. The work is the text's length plus the quotes'
 * lengths, plus two matches per quote: 20,000 quotes of a long paragraph cost one pass.
 */

/** Up to the first two starts (UTF-16 offsets) of each needle in `text`, overlaps counted. */
export function firstTwoOfEach(text: string, needles: readonly string[]): number[][] {
	const found: number[][] = needles.map(() => []);
	const ids = new Map<string, number>();
	const same: number[] = needles.map((needle, i) => {
		const first = ids.get(needle);
		if (first === undefined && needle !== '') ids.set(needle, i);
		return first ?? i;
	});
	if (ids.size > 0) scanText(text, [...ids.keys()], [...ids.values()], found);
	return needles.map((_, i) => found[same[i]!]!);
}

/**
 * The trie's edges, `(node, code unit) → child`, in one open-addressed hash table of typed
 * arrays: a Map keyed by numbers past 2^31 boxes every key, and was ten times slower.
 */
class Edges {
	#mask: number;
	#from: Int32Array;
	#code: Uint16Array;
	#to: Int32Array;
	constructor(most: number) {
		let slots = 16;
		while (slots < most * 2) slots *= 2;
		this.#mask = slots - 1;
		this.#from = new Int32Array(slots).fill(-1);
		this.#code = new Uint16Array(slots);
		this.#to = new Int32Array(slots);
	}
	#slot(node: number, code: number): number {
		let slot = (Math.imul(node, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b)) & this.#mask;
		while (this.#from[slot] !== -1 && (this.#from[slot] !== node || this.#code[slot] !== code))
			slot = (slot + 1) & this.#mask;
		return slot;
	}
	/** The child of `node` on `code`, or -1. */
	get(node: number, code: number): number {
		const slot = this.#slot(node, code);
		return this.#from[slot] === -1 ? -1 : this.#to[slot]!;
	}
	set(node: number, code: number, child: number): void {
		const slot = this.#slot(node, code);
		this.#from[slot] = node;
		this.#code[slot] = code;
		this.#to[slot] = child;
	}
}

/** The one pass: records in `found[ids[k]]` the first two starts of `needles[k]` (distinct). */
export function scanText(
	text: string,
	needles: readonly string[],
	ids: readonly number[],
	found: number[][]
): void {
	const size = needles.reduce((sum, needle) => sum + needle.length, 1);
	const next = new Edges(size);
	const parent = new Int32Array(size);
	const code = new Uint16Array(size);
	const depth = new Int32Array(size);
	/** The needle ending at a node (its index in `needles`), or -1. */
	const ending = new Int32Array(size).fill(-1);
	let nodes = 1;
	needles.forEach((needle, k) => {
		let node = 0;
		for (let i = 0; i < needle.length; i++) {
			const c = needle.charCodeAt(i);
			let child = next.get(node, c);
			if (child === -1) {
				child = nodes++;
				next.set(node, c, child);
				parent[child] = node;
				code[child] = c;
				depth[child] = depth[node]! + 1;
			}
			node = child;
		}
		ending[node] = k;
	});

	// Where to go on from each node when its next character does not follow: the longest
	// proper suffix of its path that is in the trie; and the nearest such suffix that ends a
	// needle. Both point to shallower nodes, so nodes are visited in order of depth.
	const fail = new Int32Array(nodes);
	const output = new Int32Array(nodes).fill(-1);
	for (const node of byDepth(depth.subarray(0, nodes))) {
		const c = code[node]!;
		let f = parent[node] === 0 ? 0 : fail[parent[node]!]!;
		while (f !== 0 && next.get(f, c) === -1) f = fail[f]!;
		const to = parent[node] === 0 ? 0 : Math.max(next.get(f, c), 0);
		fail[node] = to;
		output[node] = ending[to]! >= 0 ? to : output[to]!;
	}

	let left = needles.length;
	const done = (node: number) => found[ids[ending[node]!]!]!.length >= 2;
	/** The next needle's node along `output` from `from` that still wants matches; skips the rest for good. */
	const nextWanted = (from: number) => {
		let to = output[from]!;
		while (to !== -1 && done(to)) to = output[to]!;
		for (let at = from; at !== to;) {
			const after = output[at]!;
			output[at] = to;
			at = after;
		}
		return to;
	};
	let state = 0;
	for (let i = 0; i < text.length && left > 0; i++) {
		const c = text.charCodeAt(i);
		let to = next.get(state, c);
		while (state !== 0 && to === -1) to = next.get((state = fail[state]!), c);
		state = Math.max(to, 0);
		let node = ending[state]! >= 0 && !done(state) ? state : nextWanted(state);
		while (node !== -1) {
			const starts = found[ids[ending[node]!]!]!;
			starts.push(i + 1 - needles[ending[node]!]!.length);
			if (starts.length === 2) left--;
			node = nextWanted(node);
		}
	}
}

/** The nodes other than the root, shallowest first (a counting sort by depth). */
function byDepth(depth: Int32Array): Int32Array {
	let deepest = 0;
	for (const d of depth) deepest = Math.max(deepest, d);
	const start = new Int32Array(deepest + 2);
	for (const d of depth) start[d + 1] = start[d + 1]! + 1;
	for (let d = 1; d <= deepest + 1; d++) start[d] = start[d]! + start[d - 1]!;
	const order = new Int32Array(depth.length);
	depth.forEach((d, node) => {
		order[start[d]!] = node;
		start[d] = start[d]! + 1;
	});
	return order.subarray(1);
}
