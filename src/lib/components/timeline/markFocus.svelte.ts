import { tick } from 'svelte';
import { activeTimeFlow } from '$lib/i18n/active';
import { nextFocus, type FocusTarget } from '$lib/timeline/focusTarget';
import { keyInTime } from '$lib/timeline/mirror';
import type { ClusterMark, EventMark } from '$lib/timeline/layoutTypes';
import type { TimelineIndex } from '$lib/timeline/timelineIndex';
import { focusKey, tabStop } from './tabStop';

/** What the marks' focus reads from their component, as getters (and a setter for `focus`). */
export interface MarkFocusProps {
	readonly index: TimelineIndex;
	readonly marks: EventMark[];
	readonly clusters: ClusterMark[];
	readonly selectedId: string | null;
	/** What keyboard focus is on; bound to the timeline, which keeps that event drawn. */
	focus: FocusTarget | null;
	/** Asks the timeline to bring a mark or cluster into view (keyboard focus moved to it). */
	onreveal: (target: FocusTarget) => void;
}

/**
 * The marks' roving focus: one tab stop for the whole set, arrow keys, Home and End
 * between marks and clusters, and focus kept on what its target is drawn as when a redraw
 * removes or moves the focused element. Create it while the marks' component initialises.
 */
export class MarkFocus {
	/** The element holding the marks and clusters. */
	group: HTMLElement | undefined = $state();
	/** The tab stop, as `focusKey` writes it: it follows focus, else the selected event. */
	readonly tabStop: string | null = $derived.by(() => {
		const { focus, selectedId, marks, clusters } = this.#props;
		const wanted: FocusTarget | null =
			focus ?? (selectedId ? { kind: 'event', id: selectedId } : null);
		return tabStop(wanted, marks, clusters, (id) => this.#clusterHolding(id));
	});
	#props: MarkFocusProps;
	/** Whether keyboard focus is inside: kept when the focused element is redrawn as another. */
	#inside = false;

	constructor(props: MarkFocusProps) {
		this.#props = props;
		// After each redraw, focus that was inside stays inside, on what the target is drawn as
		// (a cluster's element outlives a zoom that takes the focused event out of it).
		$effect(() => {
			void props.marks;
			void props.clusters;
			if (!this.#inside || !this.group) return;
			const element = this.#elementFor(props.focus);
			if (element && element !== document.activeElement) element.focus({ preventScroll: true });
		});
	}

	/** The tabindex of what `target` draws: 0 for the tab stop, else -1. */
	tabIndex(target: FocusTarget): 0 | -1 {
		return this.tabStop === focusKey(target) ? 0 : -1;
	}

	onkeydown = async (event: KeyboardEvent): Promise<void> => {
		const { index, marks, clusters } = this.#props;
		// Left and right go the way they point on screen, whichever way time runs.
		const key = keyInTime(event.key, activeTimeFlow() === 'rtl');
		const next = nextFocus(key, this.#props.focus, marks, clusters, index);
		if (next === null) return;
		event.preventDefault();
		this.#props.focus = next;
		// The target is drawn once the layout has it (it may be off-screen until revealed).
		await tick();
		this.#elementFor(next)?.focus({ preventScroll: true });
	};

	/**
	 * Whatever brings keyboard focus to a mark (arrows, Tab back into a panned view, Escape
	 * from the panel) also brings it into view. A mouse press focuses too, but must not
	 * start a pan under the pointer: it does not match :focus-visible.
	 */
	onfocus(event: FocusEvent, target: FocusTarget): void {
		this.#inside = true;
		const { focus } = this.#props;
		if (focusKey(focus) !== focusKey(target)) {
			// Focus on a cluster that holds the focused event keeps the event as the target.
			const held =
				target.kind === 'cluster' &&
				focus?.kind === 'event' &&
				this.#clusterHolding(focus.id)?.key === target.key;
			if (!held) this.#props.focus = target;
		}
		if ((event.currentTarget as HTMLElement).matches(':focus-visible'))
			this.#props.onreveal(target);
	}

	onfocusout = (event: FocusEvent): void => {
		const to = event.relatedTarget as Node | null;
		if (to && this.group?.contains(to)) return;
		const from = event.target as HTMLElement;
		// A mark redrawn as a cluster (or the other way) loses focus by being removed, and one
		// moved in the page loses it too; the redraw's effect puts it back. Neither is the
		// reader leaving: they left only if focus is still outside once the redraw is done.
		queueMicrotask(() => {
			if (from.isConnected && !this.group?.contains(document.activeElement)) this.#inside = false;
		});
	};

	/** The cluster holding an event that has no mark of its own at this zoom. */
	#clusterHolding(id: string): ClusterMark | undefined {
		const p = this.#props.index.position.get(id);
		return p === undefined ? undefined : this.#props.clusters.find((c) => c.members.includes(p));
	}

	/** The element a target is drawn as: its mark, or the cluster that holds it. */
	#elementFor(target: FocusTarget | null): HTMLElement | null {
		const group = this.group;
		if (!group || target === null) return null;
		const cluster = (key: string) =>
			group.querySelector<HTMLElement>(`[data-cluster="${CSS.escape(key)}"]`);
		if (target.kind === 'cluster') return cluster(target.key);
		const own = group.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(target.id)}"]`);
		if (own) return own;
		const holder = this.#clusterHolding(target.id);
		return holder ? cluster(holder.key) : null;
	}
}
