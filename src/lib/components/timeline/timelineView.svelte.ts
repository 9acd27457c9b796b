import {
	fluidLabelWidth,
	fluidPlacer,
	labelGrowth,
	NOMINAL_WIDTH,
	pixelPlacer
} from '$lib/timeline/fluidPlacement';
import type { FocusTarget } from '$lib/timeline/focusTarget';
import { baseScale, PLOT_PAD } from '$lib/timeline/layoutFrame';
import { bodyNote } from '$lib/timeline/mainBody';
import { firstLayout, layoutTimeline } from '$lib/timeline/layoutTimeline';
import {
	defaultTimelineOptions,
	type ClusterMark,
	type EventMark,
	type TimelineOptions,
	type ViewTransform
} from '$lib/timeline/layoutTypes';
import { mirroredShift } from '$lib/timeline/mirror';
import { FIRST_SLICED_FROM } from '$lib/timeline/packingLevel';
import type { PackingSlices } from '$lib/timeline/packingSlices';
import { panRoom } from '$lib/timeline/panLimits';
import type { TimelineModel } from '$lib/timeline/timelineModel';
import { fromWallClock } from '$lib/timeline/wallClock';
import { zoomScaleExtent } from '$lib/timeline/zoomLimits';
import { zoomKeyAction } from '$lib/timeline/zoomKeys';

import { activeTimeFlow } from '$lib/i18n/active';
import { markDrawn } from '$lib/ui/drawnMark';
import { pageHydrated } from '$lib/ui/hydration';
import { createTextMeasurer } from '$lib/ui/measureText';
import { untrack } from 'svelte';
import { announceZooms } from './zoomAnnouncements.svelte';
import { ZoomController } from './zoomController.svelte';

/** How often the first view is shown again as the plot's width settles. */
const MAX_FIRST_SHOWINGS = 4;

/** What the view reads from the timeline's props, when it needs them. */
export interface TimelineViewInput {
	model: () => TimelineModel;
	selectedId: () => string | null;
	/** Wall-clock range (display zone) to show first, instead of every event. */
	initialRange: () => [number, number] | null;
	/** Rows other than the default (a pinned timeline keeps them lower and fewer). */
	rows?: () => RowOptions | undefined;
}

/** The rows a shell may choose for its timeline. */
export type RowOptions = Partial<Pick<TimelineOptions, 'rowHeight' | 'maxRows'>>;

/**
 * The timeline's view state: the plot's width and how labels are measured, keyboard focus,
 * whether the server's picture still shows, the layout of the frame, and what revealing an
 * event or opening a cluster does to the zoom. Create it while the component initialises
 * (it starts effects, and announces zooms through the page's announcer).
 */
export class TimelineView {
	/** Time runs right to left (an Arabic page, or `flow=rtl`): drawn from the right edge. */
	readonly mirrored = activeTimeFlow() === 'rtl';
	readonly zoom = new ZoomController(this.mirrored);
	width = $state(0);
	/** What keyboard focus is on; that event stays drawn wherever it is. */
	focus = $state<FocusTarget | null>(null);
	#measureLabel: ((text: string) => number) | undefined = $state();
	#input: TimelineViewInput;
	get #model(): TimelineModel {
		return this.#input.model();
	}
	get #selectedId(): string | null {
		return this.#input.selectedId();
	}
	get #rows(): RowOptions | undefined {
		return this.#input.rows?.();
	}

	// In a prerendered page the server draws the fitted view, though it cannot know the
	// plot's width: laid out at a nominal width, with labels of estimated width (no canvas to
	// measure them) and positions written in CSS that holds at any width (fluidPlacement.ts),
	// so the picture is on screen at the first paint. Hydration finds the same markup (the
	// same nominal width and estimate); once the plot is measured it is laid out for real.
	// Mounted later (a story loaded from a URL), it waits for the measured width instead.
	readonly prerendered = !pageHydrated();
	#measured = $state(false);
	// A mirrored plot is only ever mounted afresh (hydrateIsland.ts): it waits to be measured.
	readonly fluid = $derived(
		this.prerendered && !this.#measured && this.width === 0 && !this.mirrored
	);
	readonly layoutWidth = $derived(this.fluid ? NOMINAL_WIDTH : this.width);
	/** Hooks for host pages: true from the first frame that shows the events. */
	ready = $state(false);
	/** Counts the packings finished in slices: each draws the frame again, in full detail. */
	#packed = $state(0);
	/** While a packing is done in slices, a coarser one is drawn: the plot is `aria-busy`. */
	packing = $state(false);
	/** Packs in slices; loaded only for a story big enough to need it (see packingLevel.ts). */
	#slices: PackingSlices | undefined = $state.raw();

	readonly options = $derived({
		...defaultTimelineOptions,
		...this.#rows,
		displayTimeZone: this.#model.displayTimeZone,
		measureLabel: this.fluid ? undefined : this.#measureLabel,
		packInSlices: this.#slices?.take
	});
	readonly place = $derived(this.fluid ? fluidPlacer(NOMINAL_WIDTH) : pixelPlacer);
	/** Writes a shift along time (`translate`): away from the right edge when mirrored. */
	readonly shift = $derived(this.mirrored ? mirroredShift : this.place);
	readonly base = $derived(baseScale(this.#model.index, this.layoutWidth));
	readonly scaleExtent = $derived.by(() => {
		const [d0, d1] = this.#model.domain;
		return zoomScaleExtent(d1 - d0, this.#model.closestSpan);
	});
	readonly canZoomIn = $derived(this.zoom.transform.k < this.scaleExtent[1] - 1e-6);
	readonly canZoomOut = $derived(this.zoom.transform.k > this.scaleExtent[0] + 1e-6);
	readonly canPan = $derived(this.width > 0 ? panRoom(this.zoom.transform, this.width) : null);
	// The focused event stays drawn wherever it is, so focus is never dropped.
	readonly #pinnedId = $derived(this.focus?.kind === 'event' ? this.focus.id : this.#selectedId);
	readonly layout = $derived.by(() => {
		// Measured labels, unless the server's picture still shows (it estimates them).
		if (this.layoutWidth <= 0 || (!this.fluid && !this.#measureLabel)) return null;
		const { index, eras } = this.#model;
		const { layoutWidth, zoom, options } = this;
		void this.#packed;
		// Mounted after the page, a big story's first picture waits for its fitted view to be
		// packed in slices (firstLayout), and so for what packs them.
		const first = !this.prerendered && !this.ready;
		if (first && !this.#slices && index.events.length >= FIRST_SLICED_FROM) return null;
		const lay = first ? firstLayout : layoutTimeline;
		return lay(index, eras, layoutWidth, zoom.transform, options, this.#pinnedId);
	});
	/** Prerendered labels run further in a wider plot, as far as the next mark moves away. */
	readonly labelWidth = $derived.by(() => {
		const { layout, options } = this;
		if (!this.fluid || !layout) return undefined;
		const growth = labelGrowth(layout.marks, layout.clusters, NOMINAL_WIDTH);
		const width = fluidLabelWidth(NOMINAL_WIDTH, options);
		return (mark: EventMark) => width(mark.labelWidth, growth.get(mark.event.id));
	});
	/** "1 earlier event: show all", while the view fits the story's main body (mainBody.ts). */
	readonly bodyNote = $derived.by(() => {
		const { body, domain } = this.#model;
		return this.layout && !this.fluid ? bodyNote(body, this.layout.visible, domain) : null;
	});
	/** The range on screen as instants, for the plot's data attributes. */
	readonly visibleIso = $derived.by(() => {
		const zone = this.#model.displayTimeZone;
		// A value to print, not state: nothing reads it reactively.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const iso = (t: number) => new Date(fromWallClock(t, zone)).toISOString();
		return this.layout?.visible.map(iso) ?? [];
	});

	constructor(input: TimelineViewInput) {
		this.#input = input;
		$effect(() => {
			if (this.#slices || this.#model.index.events.length < FIRST_SLICED_FROM) return;
			void import('$lib/timeline/packingSlices').then((m) => {
				this.#slices ??= new m.PackingSlices((busy) => {
					this.packing = busy;
					if (!busy) this.#packed++;
				});
			});
		});
		$effect(() => () => this.#slices?.stop());
		$effect(() => {
			if (this.width > 0) this.#measured = true;
		});
		// In the prerendered HTML already, when the server drew the events: the mark then says
		// when that HTML was first painted, though the plot may have been measured since.
		$effect(() => {
			if (this.ready || !this.layout) return;
			this.ready = true;
			markDrawn(this.prerendered);
		});
		// On the width and zoom limits alone: applying them moves the view, which must not
		// run this again.
		$effect(() => {
			const { width, scaleExtent } = this;
			if (width > 0) untrack(() => this.zoom.setGeometry({ width, scaleExtent }));
		});
		announceZooms(this.zoom, () => {
			const { domain, displayTimeZone } = input.model();
			const [from, to] = this.layout?.visible ?? domain;
			// Only a plot too narrow for a single tick has no precision: days are said then.
			const precision = this.layout?.precision ?? 'day';
			// Values to word, not state: nothing reads them reactively.
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			return { start: new Date(from), end: new Date(to), precision, timeZone: displayTimeZone };
		});
		this.#keepTimeAcrossModels();
		// The first view: the range asked for, else the story's main body when a few events
		// far off would squash it (its marks kept a pad from the edges, as in the fit). It is
		// shown again whenever the plot's width changes (a page scrollbar that comes and goes,
		// say), until the view is moved: else the same pixels would show other times. A few
		// times at most: a page whose scrollbar comes and goes with each showing would
		// otherwise show it for ever.
		let shown: ViewTransform | null = null;
		let showings = 0;
		$effect(() => {
			const range = input.initialRange();
			const body = input.model().body;
			const { base, width } = this;
			if (width === 0 || (!range && !body)) return;
			const current = untrack(() => this.zoom.transform);
			if (shown && (current.k !== shown.k || current.x !== shown.x)) return;
			if (++showings > MAX_FIRST_SHOWINGS) return;
			if (range) this.zoom.show(base(range[0]), base(range[1]), width, false);
			else {
				const [x0, x1] = body!.domain.map((t) => base(t));
				const pad = (PLOT_PAD * (x1! - x0!)) / Math.max(1, width - 2 * PLOT_PAD);
				this.zoom.show(x0! - pad, x1! + pad, width, false);
			}
			shown = untrack(() => this.zoom.transform);
		});
	}

	/**
	 * A story that changes while it is read (a live embed) keeps the time on screen: a new
	 * model may span more, so the same transform would show another range.
	 */
	#keepTimeAcrossModels(): void {
		let shown: { model: TimelineModel; visible: [number, number] } | null = null;
		$effect(() => {
			const model = this.#model;
			const visible = this.layout?.visible;
			if (!visible || this.width === 0) return;
			if (shown && shown.model !== model) {
				const [from, to] = shown.visible;
				shown = null;
				untrack(() => this.zoom.show(this.base(from), this.base(to), this.width, false));
				return;
			}
			shown = { model, visible: [visible[0], visible[1]] };
		});
	}

	/**
	 * An attachment for the plot: labels are measured in its font. A plot mounted after the
	 * page (a story loaded from a URL) is measured in a task of its own, and its events are
	 * drawn then: the story's interface and its events would otherwise be built, styled and
	 * laid out in one long task. Hydrated, it is measured at once, as the server's picture
	 * already shows the events.
	 */
	measureLabels = (element: HTMLElement): (() => void) | void => {
		const measure = () => {
			const style = getComputedStyle(element);
			// Labels are 0.8125rem in the plot's font (see EventMarks.svelte).
			this.#measureLabel = createTextMeasurer(
				`${parseFloat(style.fontSize) * 0.8125}px ${style.fontFamily}`
			);
		};
		if (this.prerendered) return measure();
		const later = setTimeout(measure, 0);
		return () => clearTimeout(later);
	};

	/** Pans a mark or cluster into view when it is off-screen, once any running zoom ends. */
	reveal = (target: FocusTarget): void => {
		this.zoom.whenSettled(() => {
			const { layout, width, zoom } = this;
			if (!layout) return;
			if (target.kind === 'cluster') {
				const cluster = layout.clusters.find((c) => c.key === target.key);
				if (cluster) zoom.reveal(cluster.x0, cluster.x1, width);
				return;
			}
			const mark = layout.marks.find((m) => m.event.id === target.id);
			if (mark) {
				const labelEnd = mark.showLabel ? mark.labelX + mark.labelWidth : mark.right;
				zoom.reveal(Math.max(mark.x0, mark.cx - 40), Math.min(mark.x1, labelEnd), width);
				return;
			}
			// Not drawn at this zoom (far away, or in a cluster): its interval, from the scale.
			const { index } = this.#model;
			const p = index.position.get(target.id);
			if (p === undefined) return;
			const x0 = layout.scale(index.starts[p]!);
			const x1 = layout.scale(index.ends[p]!);
			zoom.reveal(x0, Math.max(x0 + 12, Math.min(x1, x0 + width / 2)), width);
		});
	};

	/** A cluster opens by zooming to the time its events span. */
	openCluster = (cluster: ClusterMark): void => {
		const x0 = this.base(cluster.start);
		const x1 = this.base(cluster.end);
		const pad = Math.max(4, (x1 - x0) * 0.15);
		this.focus = { kind: 'event', id: this.#model.index.events[cluster.members[0]!]!.id };
		this.zoom.userZooms++;
		this.zoom.show(x0 - pad, x1 + pad, this.width);
	};

	/** Zoom keys, bubbled up from the focused mark or button inside. */
	onkeydown = (event: KeyboardEvent): void => {
		const action = zoomKeyAction(event);
		if (!action) return;
		event.preventDefault();
		if (action.type === 'reset') this.zoom.reset();
		else this.zoom.zoomBy(action.factor, this.#anchorOf(event.target));
	};

	/** Keys pressed on an event zoom around it, so the focused event stays in view. */
	#anchorOf(target: EventTarget | null): number | undefined {
		const { layout, width } = this;
		if (!(target instanceof HTMLElement) || !layout) return undefined;
		const id = target.dataset.eventId;
		const mark = id ? layout.marks.find((m) => m.event.id === id) : undefined;
		const cluster = target.dataset.cluster
			? layout.clusters.find((c) => c.key === target.dataset.cluster)
			: undefined;
		const x = mark ? mark.cx : cluster ? (cluster.x0 + cluster.x1) / 2 : undefined;
		return x === undefined ? undefined : Math.min(width, Math.max(0, x));
	}
}
