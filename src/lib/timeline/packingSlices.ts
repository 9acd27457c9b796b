import type { PackInSlices } from './layoutTypes';
import type { Packing } from './packRows';

/** The longest a slice of packing runs before the page gets the thread back, in ms. */
const SLICE_MS = 8;

interface Order {
	key: string;
	step: (stop: () => boolean) => Packing | null;
	keep: (packing: Packing) => void;
}

/**
 * Runs the packing a view waits for in slices of at most `SLICE_MS`, one per task, so frames
 * and input go between them (no task while zooming grows past 50 ms for it). Only the latest
 * packing asked for is worked on: a zoom that has moved on drops the one it passed (the label
 * widths measured for it stay kept). `drawn()` is called once a packing is kept, for the
 * view to draw again.
 */
export class PackingSlices {
	#order: Order | null = null;
	#timer: ReturnType<typeof setTimeout> | undefined;
	readonly #drawn: () => void;
	readonly #now: () => number;

	constructor(drawn: () => void, now: () => number = () => performance.now()) {
		this.#drawn = drawn;
		this.#now = now;
	}

	readonly take: PackInSlices = (key, step, keep) => {
		if (this.#order?.key === key) return;
		this.#order = { key, step, keep };
		this.#timer ??= setTimeout(this.#slice, 0);
	};

	/** Whether a packing is still being worked on. */
	get busy(): boolean {
		return this.#order !== null;
	}

	stop(): void {
		clearTimeout(this.#timer);
		this.#timer = undefined;
		this.#order = null;
	}

	#slice = (): void => {
		this.#timer = undefined;
		const order = this.#order;
		if (!order) return;
		const end = this.#now() + SLICE_MS;
		const packing = order.step(() => this.#now() >= end);
		if (!packing) {
			this.#timer = setTimeout(this.#slice, 0);
			return;
		}
		this.#order = null;
		order.keep(packing);
		this.#drawn();
	};
}
