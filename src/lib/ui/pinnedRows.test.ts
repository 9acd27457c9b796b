import { describe, expect, it } from 'vitest';
import { pinnedMaxRows, PINNED_SHARE } from './pinnedRows';

const sizes = { chrome: 130, rowHeight: 28, min: 3, max: 8 };

describe('pinnedMaxRows', () => {
	it.each([
		// 768 × 0.4 = 307 px: 177 px for rows, 6 of 28, one kept for clusters.
		[768, 5],
		[800, 5],
		[900, 7],
		[1080, 8],
		[1440, 8],
		// Too short to keep the share: the fewest rows still draw.
		[500, 3],
		[0, 3]
	])('in a window %i px tall: %i rows', (height, rows) => {
		expect(pinnedMaxRows(height, sizes)).toBe(rows);
	});

	it('keeps the block within its share whenever the window allows the fewest rows', () => {
		for (let height = 600; height <= 2000; height += 7) {
			const rows = pinnedMaxRows(height, sizes);
			const block = sizes.chrome + (rows + 1) * sizes.rowHeight;
			if (rows > sizes.min) expect(block).toBeLessThanOrEqual(height * PINNED_SHARE);
		}
	});
});
