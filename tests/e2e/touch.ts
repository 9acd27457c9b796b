import type { CDPSession } from '@playwright/test';

export interface Point {
	x: number;
	y: number;
}

/** Moves fingers from `from` to `to` in steps, as real touch input (through CDP). */
export async function touchGesture(cdp: CDPSession, from: Point[], to: Point[], steps = 10) {
	const at = (t: number) =>
		from.map((p, id) => ({
			id,
			x: p.x + (to[id]!.x - p.x) * t,
			y: p.y + (to[id]!.y - p.y) * t
		}));
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
	for (let step = 1; step <= steps; step++)
		await cdp.send('Input.dispatchTouchEvent', {
			type: 'touchMove',
			touchPoints: at(step / steps)
		});
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}
