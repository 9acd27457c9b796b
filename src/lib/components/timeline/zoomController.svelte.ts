// selection.transition() comes with d3's transition module, which d3 loads for its side effect.
import {
	select,
	zoom,
	zoomIdentity,
	type D3ZoomEvent,
	type Selection,
	type ZoomBehavior,
	type ZoomTransform
} from 'd3';
import { untrack } from 'svelte';
import { PAN_MARGIN } from '$lib/timeline/panLimits';
import { revealShift } from '$lib/timeline/revealShift';
import { wheelAction, wheelPixels, wheelZoomExponent } from '$lib/timeline/wheelZoom';
import { motionDuration } from '$lib/ui/motion';

export interface ZoomGeometry {
	/** Plot width in pixels. */
	width: number;
	/** Zoom scale limits [out, in]. */
	scaleExtent: [number, number];
}

/** How long the "Ctrl + scroll to zoom" hint stays after the last plain wheel event. */
const WHEEL_HINT_MS = 1500;

/**
 * d3-zoom owns the gestures (Ctrl/⌘ + wheel, trackpad pinch, touch pinch, drag);
 * this class keeps its transform as Svelte state so the scale and marks follow it.
 * Only x matters: the transform's y stays 0. A plain wheel scrolls the page (see wheelZoom.ts).
 */

export class ZoomController {
	transform: ZoomTransform = $state.raw(zoomIdentity);
	/**
	 * Counts the zooms the reader asked for (buttons, keys, wheel, pinch), so they can be
	 * announced; pans and views set by the page (`show`, `reveal`) do not count.
	 */
	userZooms = $state(0);
	/** True for a moment after a plain wheel was let through, to say how to zoom. */
	wheelHint = $state(false);
	#hintTimer: ReturnType<typeof setTimeout> | undefined;
	#behavior: ZoomBehavior<HTMLElement, unknown>;
	#selection: Selection<HTMLElement, unknown, null, undefined> | null = null;
	/** Animated zooms and pans still running (a new one interrupts the last). */
	#running = 0;
	/** The scale a running animated zoom is heading for, so that quick presses add up. */
	#heading: number | null = null;
	#width = 0;
	#onSettled: (() => void) | null = null;

	constructor() {
		this.#behavior = zoom<HTMLElement, unknown>()
			// Only a zooming wheel: sideways scrolls pan and plain ones scroll the page (#onWheel).
			.filter((event: Event) => {
				if (event.type === 'wheel') return wheelAction(event as WheelEvent) === 'zoom';
				const mouse = event as MouseEvent;
				return !mouse.ctrlKey && !mouse.button;
			})
			.wheelDelta((event: WheelEvent) => wheelZoomExponent(event))
			// d3's default clamp, on x alone.
			.constrain((t, extent, limits) => {
				const dx0 = t.invertX(extent[0][0]) - limits[0][0];
				const dx1 = t.invertX(extent[1][0]) - limits[1][0];
				const dx = dx1 > dx0 ? (dx0 + dx1) / 2 : Math.min(0, dx0) || Math.max(0, dx1);
				return zoomIdentity.translate(t.x + dx * t.k, 0).scale(t.k);
			})
			.on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
				if (event.sourceEvent && event.transform.k !== this.transform.k) this.userZooms++;
				this.transform = event.transform;
			});
	}

	/** Wires the gestures to `element`; returns the clean-up, for `{@attach}`. */
	attach(element: HTMLElement): () => void {
		const selection = select(element);
		this.#selection = selection;
		selection.call(this.#behavior).on('dblclick.zoom', null);
		const onWheel = (event: WheelEvent) => this.#onWheel(event);
		element.addEventListener('wheel', onWheel, { passive: false });
		return () => {
			element.removeEventListener('wheel', onWheel);
			selection.on('.zoom', null);
			this.#selection = null;
		};
	}

	/** Called whenever the plot is resized. */
	setGeometry({ width, scaleExtent }: ZoomGeometry): void {
		this.#width = width;
		// Pan no further than a quarter of a view beyond the events' fitted domain.
		const margin = width * PAN_MARGIN;
		this.#behavior
			.scaleExtent(scaleExtent)
			.extent([
				[0, 0],
				[width, 1]
			])
			.translateExtent([
				[-margin, 0],
				[width + margin, 1]
			]);
		// Re-apply the limits to the current view. Untracked: the caller's effect must not
		// re-run (and interrupt running transitions) every time the transform changes.
		const current = untrack(() => this.transform);
		if (this.#selection) this.#behavior.transform(this.#selection, current);
	}

	/** Zooms by `factor` around plot pixel `anchorX` (the middle of the view by default). */
	zoomBy(factor: number, anchorX?: number): void {
		if (!this.#selection) return;
		this.userZooms++;
		const anchor: [number, number] | undefined = anchorX === undefined ? undefined : [anchorX, 0];
		// From the scale a running zoom is heading for, not from where its animation has got
		// to: a second press before the first lands zooms two steps, not one and a bit. The
		// instant under the anchor now stays there.
		const current = untrack(() => this.transform);
		const [kMin, kMax] = this.#behavior.scaleExtent();
		const k = Math.min(kMax, Math.max(kMin, (this.#heading ?? current.k) * factor));
		const [x] = anchor ?? [this.#width / 2];
		const target = zoomIdentity.translate(x - current.invertX(x) * k, 0).scale(k);
		const transition = this.#animated();
		this.#heading = k;
		this.#behavior.transform(transition, this.#constrained(target), [x, 0]);
	}

	/** `t` kept within the pan limits, as d3 keeps its own gestures. */
	#constrained(t: ZoomTransform): ZoomTransform {
		const extent: [[number, number], [number, number]] = [
			[0, 0],
			[this.#width, 1]
		];
		return this.#behavior.constrain()(t, extent, this.#behavior.translateExtent());
	}

	panBy(pixels: number): void {
		if (!this.#selection) return;
		const transition = this.#animated();
		// A pan interrupts a running zoom where it has got to.
		this.#heading = null;
		this.#behavior.translateBy(transition, pixels / this.transform.k, 0);
	}

	reset(): void {
		if (!this.#selection) return;
		this.userZooms++;
		const transition = this.#animated();
		this.#heading = zoomIdentity.k;
		this.#behavior.transform(transition, zoomIdentity);
	}

	/**
	 * Shows base-scale pixels [x0, x1] across the whole width (used for `from`/`to` and to
	 * open a cluster), as close as the zoom limits allow, centred on the range.
	 */
	show(x0: number, x1: number, width: number, animate = true): void {
		if (!this.#selection || x1 <= x0) return;
		const [kMin, kMax] = this.#behavior.scaleExtent();
		const k = Math.min(kMax, Math.max(kMin, width / (x1 - x0)));
		const centre = (x0 + x1) / 2;
		const target = zoomIdentity.translate(width / 2 - centre * k, 0).scale(k);
		if (!animate) return void this.#behavior.transform(this.#selection, target);
		const transition = this.#animated();
		this.#heading = k;
		this.#behavior.transform(transition, target);
	}

	/** Pans so that base-scale pixel `x` is in the middle of the view (the overview's drag). */
	centreOn(x: number, width: number): void {
		if (!this.#selection) return;
		const t = this.transform;
		this.#behavior.transform(
			this.#selection,
			zoomIdentity.translate(width / 2 - x * t.k, 0).scale(t.k)
		);
	}

	/**
	 * Runs `action` once no animation is running, or now. Only the last request waits:
	 * it is meant for reveal(), which must measure where the marks end up, not where a
	 * running zoom has them now (or the zoom would carry the event out of view after it).
	 */
	whenSettled(action: () => void): void {
		if (this.#running === 0) action();
		else this.#onSettled = action;
	}

	/** Pans the least needed to bring screen pixels [x0, x1] inside the view (see revealShift). */
	reveal(x0: number, x1: number, width: number): void {
		if (!this.#selection) return;
		const shift = revealShift(x0, x1, width);
		if (shift !== 0) this.panBy(shift);
	}

	#animated() {
		this.#running++;
		const done = () => {
			if (--this.#running > 0) return;
			this.#heading = null;
			const action = this.#onSettled;
			this.#onSettled = null;
			action?.();
		};
		return (
			this.#selection!.transition()
				.duration(motionDuration(250))
				// Every way a transition stops: it ends, is interrupted while running, or is
				// cancelled by a newer one before it started.
				.on('end.settle', done)
				.on('interrupt.settle', done)
				.on('cancel.settle', done)
		);
	}

	#showWheelHint(): void {
		this.wheelHint = true;
		clearTimeout(this.#hintTimer);
		this.#hintTimer = setTimeout(() => (this.wheelHint = false), WHEEL_HINT_MS);
	}

	/** Runs after d3-zoom's own listener, which stops the wheels it zooms with. */
	#onWheel(event: WheelEvent): void {
		const action = wheelAction(event);
		if (action === 'page') return this.#showWheelHint();
		// A zooming wheel d3 let through changes nothing (the view is at a zoom limit): it
		// must not zoom the whole page instead.
		event.preventDefault();
		if (action !== 'pan' || !this.#selection) return;
		const delta = Math.abs(event.deltaX) > Math.abs(event.deltaY) ? event.deltaX : event.deltaY;
		const pixels = wheelPixels(delta, event.deltaMode);
		this.#behavior.translateBy(this.#selection, -pixels / this.transform.k, 0);
	}
}
