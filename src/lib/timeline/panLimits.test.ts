import { describe, expect, it } from 'vitest';
import { constrainedX, panRoom } from './panLimits';

describe('panRoom (a plot 800 px wide: 200 px of margin either side)', () => {
	const rows: {
		name: string;
		transform: { k: number; x: number };
		expected: { earlier: boolean; later: boolean };
	}[] = [
		{
			name: 'the fitted view can still pan a margin either way',
			transform: { k: 1, x: 0 },
			expected: { earlier: true, later: true }
		},
		{
			name: 'panned to the start (the margin shown at the left)',
			transform: { k: 1, x: 200 },
			expected: { earlier: false, later: true }
		},
		{
			name: 'panned to the end',
			transform: { k: 1, x: -200 },
			expected: { earlier: true, later: false }
		},
		{
			name: 'zoomed in ×4 at the start: the view left edge is at −200 base px',
			transform: { k: 4, x: 800 },
			expected: { earlier: false, later: true }
		},
		{
			name: 'zoomed in ×4 at the end',
			transform: { k: 4, x: -3200 },
			expected: { earlier: true, later: false }
		},
		{
			name: 'zoomed in ×4 in the middle',
			transform: { k: 4, x: -1600 },
			expected: { earlier: true, later: true }
		},
		{
			name: 'within half a pixel of the start counts as at it',
			transform: { k: 1, x: 199.7 },
			expected: { earlier: false, later: true }
		},
		{
			name: 'zoomed out past the margins: nowhere to pan',
			transform: { k: 0.5, x: 200 },
			expected: { earlier: false, later: false }
		}
	];
	it.each(rows)('$name', ({ transform, expected }) => {
		expect(panRoom(transform, 800)).toEqual(expected);
	});
});

describe('constrainedX (a plot 800 px wide: 200 px of margin either side)', () => {
	it('leaves a view within the limits where it is', () => {
		expect(constrainedX({ k: 2, x: -300 }, 800)).toBe(-300);
	});
	it('stops a view panned past the start at the margin, and one past the end likewise', () => {
		// At 2×, the view's left edge in base pixels is -x / 2: no further than -200.
		expect(constrainedX({ k: 2, x: 1000 }, 800)).toBe(400);
		// Its right edge, (800 - x) / 2, no further than 1,000.
		expect(constrainedX({ k: 2, x: -5000 }, 800)).toBe(-1200);
		expect(panRoom({ k: 2, x: 400 }, 800).earlier).toBe(false);
		expect(panRoom({ k: 2, x: -1200 }, 800).later).toBe(false);
	});
	it('centres a view wider than the limits (zoomed out past them)', () => {
		// At 0.5×, 1,600 base pixels show where the limits allow 1,200: 200 spare either side.
		expect(constrainedX({ k: 0.5, x: 300 }, 800)).toBe(200);
	});
});
