import { describe, expect, it } from 'vitest';
import { panRoom } from './panLimits';

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
