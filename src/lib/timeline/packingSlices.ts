import type { PackInSlices, PackingStep } from './layoutTypes';
import type { Packing } from './packRows';

/** The longest a slice of packing runs before the page gets the thread back, in ms. */
const SLICE_MS = 8;

interface Order {
	key: string;
	step: PackingStep;
	keep: (packing: Packing) => void;
}

/**
 * Runs the packing a view waits for in slices of at most `SLICE_MS`, one per task, so frames
 * and input go between them (no task while zooming grows past 50 ms for it). Only the latest
 * packing asked for is worked on: a zoom that has moved on drops the one it passed (the label
 * widths measured for it stay kept). `busy(true)` is called as the slices start, and
 * `busy(false)` once the packing is kept, for the view to draw again.
 */
export class PackingSlices {
	#order: Order | null = null;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#working = false;
	readonly #busy: (busy: boolean) => void;
	readonly #now: () => number;

	constructor(busy: (busy: boolean) => void, now: () => number = () => performance.now()) {
		this.#busy = busy;
		this.#now = now;
	}

	readonly take: PackInSlices = (key, start, keep) => {
		if (this.#order?.key === key) return;
		this.#order = { key, step: start(), keep };
		this.#timer ??= setTimeout(this.#slice, 0);
	};

	stop(): void {
		clearTimeout(this.#timer);
		this.#timer = undefined;
		this.#order = null;
	}

	#slice = (): void => {
		this.#timer = undefined;
		const order = this.#order;
		if (!order) return;
		if (!this.#working) this.#busy((this.#working = true));
		const end = this.#now() + SLICE_MS;
		const packing = order.step(() => this.#now() >= end);
		if (!packing) {
			this.#timer = setTimeout(this.#slice, 0);
			return;
		}
		this.#order = null;
		order.keep(packing);
		this.#busy((this.#working = false));
	};
}
