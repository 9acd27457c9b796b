import { untrack } from 'svelte';
import type { ViewTransform } from '$lib/timeline/layoutTypes';
import { mirrorTransform } from '$lib/timeline/mirror';
import { constrainedX, PAN_MARGIN } from '$lib/timeline/panLimits';
import { revealShift } from '$lib/timeline/revealShift';
import { wheelAction, wheelPixels, wheelZoomExponent } from '$lib/timeline/wheelZoom';
import { motionDuration } from '$lib/ui/motion';
import { replay, whenIdle } from './gestureHandOver';
import type { ZoomGestures } from './zoomGestures';

export interface ZoomGeometry {
	/** Plot width in pixels. */
	width: number;
	/** Zoom scale limits [out, in]. */
	scaleExtent: [number, number];
}

/** How long the "Ctrl + scroll to zoom" hint stays after the last plain wheel event. */
const WHEEL_HINT_MS = 1500;
const IDENTITY: ViewTransform = { k: 1, x: 0 };
/** What starts a drag or a pinch, replayed to d3-zoom when it arrives during one. */
const GESTURE_STARTS = ['mousedown', 'touchstart'] as const;
const GESTURE_ENDS = ['mouseup', 'touchend', 'touchcancel'] as const;

/**
 * d3-zoom owns the gestures (Ctrl/⌘ + wheel, trackpad pinch, touch pinch, drag), loaded on
 * demand (zoomGestures.ts): when the page is idle, or at the first pointer, touch, wheel or
 * focus on the plot. This class keeps the view as Svelte state so the scale and marks follow
 * it. Until d3-zoom is there, the buttons, keys, wheel and the views the page sets move the
 * view here, at once, with the same maths (so no input waits for it, nor is lost); a drag or
 * pinch begun meanwhile is handed to it. Only x matters. A plain wheel scrolls the page.
 * Where time runs right to left (`mirrored`), d3-zoom, which reads the pointer, holds the
 * view seen in a mirror, and this class turns it round (mirror.ts).
 */
export class ZoomController {
	readonly #mirrored: boolean;
	transform: ViewTransform = $state.raw(IDENTITY);
	/**
	 * Counts the zooms the reader asked for (buttons, keys, wheel, pinch), so they can be
	 * announced; pans and views set by the page (`show`, `reveal`) do not count.
	 */
	userZooms = $state(0);
	/** True for a moment after a plain wheel was let through, to say how to zoom. */
	wheelHint = $state(false);
	#hintTimer: ReturnType<typeof setTimeout> | undefined;
	#gestures: ZoomGestures | null = null;
	#element: HTMLElement | null = null;
	#loading = false;
	/** A drag or pinch begun before the gestures loaded, and not yet ended. */
	#pending: MouseEvent | TouchEvent | null = null;
	/** Animated zooms and pans still running (a new one interrupts the last). */
	#running = 0;
	/** The scale a running animated zoom is heading for, so that quick presses add up. */
	#heading: number | null = null;
	#width = 0;
	#scaleExtent: [number, number] = [1, 1];
	#onSettled: (() => void) | null = null;

	constructor(mirrored = false) {
		this.#mirrored = mirrored;
	}

	/** A view between this class and d3-zoom, either way (its own inverse). */
	#turned(t: ViewTransform): ViewTransform {
		return this.#mirrored ? mirrorTransform(t, this.#width) : t;
	}

	/** A pixel on the plot between the layout (from the earliest edge) and the pointer. */
	#turnedX(x: number): number {
		return this.#mirrored ? this.#width - x : x;
	}

	/** Wires the gestures to `element`; returns the clean-up, for `{@attach}`. */
	attach(element: HTMLElement): () => void {
		this.#element = element;
		const load = () => this.#load();
		const start = (event: MouseEvent | TouchEvent) => {
			if (!this.#gestures) this.#pending = event;
			load();
		};
		const end = () => (this.#pending = null);
		element.addEventListener('wheel', this.#wheel, { passive: false });
		for (const type of ['pointerover', 'focusin'] as const) element.addEventListener(type, load);
		for (const type of GESTURE_STARTS) element.addEventListener(type, start, { passive: true });
		for (const type of GESTURE_ENDS) window.addEventListener(type, end, { passive: true });
		const idle = whenIdle(load);
		return () => {
			idle();
			element.removeEventListener('wheel', this.#wheel);
			for (const type of ['pointerover', 'focusin'] as const)
				element.removeEventListener(type, load);
			for (const type of GESTURE_STARTS) element.removeEventListener(type, start);
			for (const type of GESTURE_ENDS) window.removeEventListener(type, end);
			this.#gestures?.selection.on('.zoom', null);
			this.#gestures = null;
			this.#element = null;
		};
	}

	#load(): void {
		if (this.#loading || this.#gestures) return;
		this.#loading = true;
		void import('./zoomGestures').then(({ zoomGestures }) => {
			this.#loading = false;
			const element = this.#element;
			if (!element) return;
			// Untracked: d3 calls this synchronously from inside effects (setGeometry re-applies
			// the limits), and within a wheel gesture it says the move was by input. An effect
			// that read the transform here would re-run on the write below, for ever.
			const g = zoomGestures(element, (seen, byInput) =>
				untrack(() => {
					const transform = this.#turned(seen);
					if (byInput && transform.k !== this.transform.k) this.userZooms++;
					this.transform = transform;
				})
			);
			this.#gestures = g;
			// d3-zoom's wheel listener goes first: it stops the wheels it zooms with.
			element.removeEventListener('wheel', this.#wheel);
			element.addEventListener('wheel', this.#wheel, { passive: false });
			this.#applyGeometry(g);
			const pending = this.#pending;
			this.#pending = null;
			if (pending) element.dispatchEvent(replay(pending));
		});
	}

	/** Called whenever the plot is resized. */
	setGeometry({ width, scaleExtent }: ZoomGeometry): void {
		this.#width = width;
		this.#scaleExtent = scaleExtent;
		if (this.#gestures) this.#applyGeometry(this.#gestures);
	}

	#applyGeometry({ behavior, selection, at }: ZoomGestures): void {
		// Pan no further than a quarter of a view beyond the events' fitted domain.
		const width = this.#width;
		const margin = width * PAN_MARGIN;
		behavior
			.scaleExtent(this.#scaleExtent)
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
		behavior.transform(selection, at(this.#turned(untrack(() => this.transform))));
	}

	#clampScale(k: number): number {
		const [kMin, kMax] = this.#scaleExtent;
		return Math.min(kMax, Math.max(kMin, k));
	}

	/** Sets the view at once, through d3-zoom when it is there. */
	#set(target: ViewTransform): void {
		if (!this.#gestures) this.transform = target;
		else {
			const { behavior, selection, at } = this.#gestures;
			behavior.transform(selection, at(this.#turned(target)));
		}
	}

	/** Zooms by `factor` around plot pixel `anchorX` (the middle of the view by default). */
	zoomBy(factor: number, anchorX?: number): void {
		if (!this.#element) return;
		this.userZooms++;
		// From the scale a running zoom is heading for, not from where its animation has got
		// to: a second press before the first lands zooms two steps, not one and a bit. The
		// instant under the anchor now stays there.
		const current = untrack(() => this.transform);
		const k = this.#clampScale((this.#heading ?? current.k) * factor);
		const x = anchorX ?? this.#width / 2;
		const target = this.#constrained({ k, x: x - ((x - current.x) / current.k) * k });
		this.#animate(target, k, [this.#turnedX(x), 0]);
	}

	/**
	 * Moves the view to `target` in a short animation once d3-zoom is there (heading for
	 * scale `heading`); before, at once, as the first input must not wait for it.
	 */
	#animate(target: ViewTransform, heading: number, anchor?: [number, number]): void {
		const g = this.#gestures;
		if (!g) return void (this.transform = target);
		const transition = this.#animated(g);
		this.#heading = heading;
		g.behavior.transform(transition, g.at(this.#turned(target)), anchor);
	}

	/** `t` kept within the pan limits, as d3 keeps its own gestures. */
	#constrained(t: ViewTransform): ViewTransform {
		return { k: t.k, x: constrainedX(t, this.#width) };
	}

	panBy(pixels: number): void {
		if (!this.#element) return;
		const g = this.#gestures;
		// Untracked: an effect that reveals an event must not re-run on the pan it makes.
		const { k, x } = untrack(() => this.transform);
		if (!g) return void (this.transform = this.#constrained({ k, x: x + pixels }));
		const transition = this.#animated(g);
		// A pan interrupts a running zoom where it has got to.
		this.#heading = null;
		g.behavior.translateBy(transition, (this.#mirrored ? -pixels : pixels) / k, 0);
	}

	reset(): void {
		if (!this.#element) return;
		this.userZooms++;
		this.#animate(IDENTITY, IDENTITY.k);
	}

	/**
	 * Shows base-scale pixels [x0, x1] across the whole width (used for `from`/`to` and to
	 * open a cluster), as close as the zoom limits allow, centred on the range.
	 */
	show(x0: number, x1: number, width: number, animate = true): void {
		if (!this.#element || x1 <= x0) return;
		const k = this.#clampScale(width / (x1 - x0));
		const target = { k, x: width / 2 - ((x0 + x1) / 2) * k };
		if (animate) this.#animate(target, k);
		else this.#set(target);
	}

	/** Pans so that base-scale pixel `x` is in the middle of the view (the overview's drag). */
	centreOn(x: number, width: number): void {
		if (!this.#element) return;
		const { k } = untrack(() => this.transform);
		this.#set({ k, x: width / 2 - x * k });
	}

	/**
	 * Runs `action` once no animation is running, or now. Only the last request
	 * waits: it is meant for reveal(), which must measure where the marks end up, not where a
	 * running zoom has them now (or the zoom would carry the event out of view after it).
	 */
	whenSettled(action: () => void): void {
		if (this.#running === 0) action();
		else this.#onSettled = action;
	}

	/** Pans the least needed to bring screen pixels [x0, x1] inside the view (see revealShift). */
	reveal(x0: number, x1: number, width: number): void {
		if (!this.#element) return;
		const shift = revealShift(x0, x1, width);
		if (shift !== 0) this.panBy(shift);
	}

	#settle(): void {
		this.#heading = null;
		const action = this.#onSettled;
		this.#onSettled = null;
		action?.();
	}

	#animated({ selection }: ZoomGestures) {
		this.#running++;
		const done = () => {
			if (--this.#running === 0) this.#settle();
		};
		return (
			selection
				.transition()
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
	#wheel = (event: WheelEvent): void => {
		const action = wheelAction(event);
		if (action === 'page') return this.#showWheelHint();
		// A zooming wheel d3 let through changes nothing (the view is at a zoom limit): it
		// must not zoom the whole page instead.
		event.preventDefault();
		if (action === 'zoom') return this.#gestures ? undefined : this.#wheelZoom(event);
		const delta = Math.abs(event.deltaX) > Math.abs(event.deltaY) ? event.deltaX : event.deltaY;
		const pixels = wheelPixels(delta, event.deltaMode);
		if (this.#gestures)
			this.#gestures.behavior.translateBy(this.#gestures.selection, -pixels / this.transform.k, 0);
		else {
			// The page moves the way the wheel says on screen, whichever way time runs.
			const shift = this.#mirrored ? pixels : -pixels;
			this.transform = this.#constrained({ k: this.transform.k, x: this.transform.x + shift });
		}
	};

	/** A zooming wheel before d3-zoom has loaded, zoomed as it would: around the pointer. */
	#wheelZoom(event: WheelEvent): void {
		this.#load();
		const t = this.transform;
		const k = this.#clampScale(t.k * 2 ** wheelZoomExponent(event));
		if (k === t.k || !this.#element) return;
		const p = this.#turnedX(event.clientX - this.#element.getBoundingClientRect().left);
		this.userZooms++;
		this.transform = this.#constrained({ k, x: p - ((p - t.x) / t.k) * k });
	}
}
