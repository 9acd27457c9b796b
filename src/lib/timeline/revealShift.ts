/**
 * How far to pan (screen pixels, positive = content moves right) so that [x0, x1] lies
 * inside [pad, width - pad]: the least movement that does it, and none when it is already
 * in. A range wider than the view keeps its start in view, where a label begins.
 */
export function revealShift(x0: number, x1: number, width: number, pad = 24): number {
	if (x0 < pad) return pad - x0;
	if (x1 > width - pad) return Math.max(width - pad - x1, pad - x0);
	return 0;
}
