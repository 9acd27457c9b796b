/** A binary min-heap ordered by `less`; what lane packing needs and nothing more. */
export class MinHeap<T> {
	#items: T[] = [];
	constructor(private readonly less: (a: T, b: T) => boolean) {}

	get size(): number {
		return this.#items.length;
	}

	peek(): T | undefined {
		return this.#items[0];
	}

	push(item: T): void {
		const items = this.#items;
		items.push(item);
		let i = items.length - 1;
		while (i > 0) {
			const parent = (i - 1) >> 1;
			if (!this.less(items[i]!, items[parent]!)) break;
			[items[i], items[parent]] = [items[parent]!, items[i]!];
			i = parent;
		}
	}

	pop(): T | undefined {
		const items = this.#items;
		const top = items[0];
		const last = items.pop();
		if (items.length > 0 && last !== undefined) {
			items[0] = last;
			let i = 0;
			for (;;) {
				const [l, r] = [2 * i + 1, 2 * i + 2];
				let smallest = i;
				if (l < items.length && this.less(items[l]!, items[smallest]!)) smallest = l;
				if (r < items.length && this.less(items[r]!, items[smallest]!)) smallest = r;
				if (smallest === i) break;
				[items[i], items[smallest]] = [items[smallest]!, items[i]!];
				i = smallest;
			}
		}
		return top;
	}
}
