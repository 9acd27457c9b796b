/** What roving focus needs to know of each item, in reading (time) order. */
export interface FocusItem {
	id: string;
	lane: number;
	/** Horizontal position, to pick the nearest item in another lane. */
	x: number;
}

/**
 * The item a key moves focus to, or null when the key is not a navigation key.
 * Left/Right step through time order, Up/Down move to the nearest item in the lane
 * above or below, Home/End go to the first and last item.
 */
export function moveFocus(
	key: string,
	currentId: string | null,
	items: FocusItem[]
): string | null {
	if (items.length === 0) return null;
	const index = Math.max(
		0,
		items.findIndex((i) => i.id === currentId)
	);
	const current = items[index]!;
	switch (key) {
		case 'ArrowRight':
			return items[Math.min(items.length - 1, index + 1)]!.id;
		case 'ArrowLeft':
			return items[Math.max(0, index - 1)]!.id;
		case 'Home':
			return items[0]!.id;
		case 'End':
			return items[items.length - 1]!.id;
		case 'ArrowUp':
		case 'ArrowDown': {
			const step = key === 'ArrowUp' ? -1 : 1;
			const lanes = [...new Set(items.map((i) => i.lane))].sort((a, b) => a - b);
			const target = lanes[lanes.indexOf(current.lane) + step];
			if (target === undefined) return current.id;
			const inLane = items.filter((i) => i.lane === target);
			return inLane.reduce((best, i) =>
				Math.abs(i.x - current.x) < Math.abs(best.x - current.x) ? i : best
			).id;
		}
		default:
			return null;
	}
}
