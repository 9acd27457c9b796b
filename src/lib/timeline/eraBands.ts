import type { LayoutFrame } from './layoutFrame';
import type { EraBand } from './layoutTypes';
import type { EraSpan } from './timelineEvents';

/** An era's background band at this zoom, its label shown where it fits inside the band. */
export function eraBand({ a, b, width, options }: LayoutFrame, era: EraSpan): EraBand {
	const x0 = era.start * a + b;
	const x1 = era.end * a + b;
	const labelX = Math.max(x0, 0) + 4;
	const room = Math.min(x1, width) - 4 - labelX;
	const text = options.measureLabel
		? options.measureLabel(era.label)
		: era.label.length * options.charWidth;
	return { id: era.id, label: era.label, x0, x1, labelX, showLabel: text + 8 <= room };
}
