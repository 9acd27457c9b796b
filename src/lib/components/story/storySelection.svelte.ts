import { tick } from 'svelte';
import { closedAnnouncement, openedAnnouncement } from '$lib/a11y/announcements';
import { provideAnnouncer, type Announcer } from '$lib/a11y/announcer.svelte';
import type { ResolvedEvent } from '$lib/story/types';
import type { EventsViewKind } from '../events/eventsView';

/**
 * What the story page and the embed share: which event is selected, whether its reading
 * panel is open, and which view (timeline or list) shows the events. The shells (the page,
 * the embed) create one and hand it to what they draw; the parts on screen register what
 * they can do for a selection (pan to it, scroll to its passage, take focus back).
 */

/** What the parts on screen do when the selection changes; each registers its own. */
export interface SelectionParts {
	/** Pans the timeline so the event is in view. */
	reveal?: (id: string) => void;
	/** Scrolls the reading panel to the selected event's first passage. */
	showPassage?: () => void;
	/**
	 * Moves focus to the opened event's details. Without it, focus goes to the heading
	 * `#event-title`, which the browser scrolls into view where it is not already.
	 */
	focusDetails?: () => void;
	/** Focuses the event in the view on screen (where Escape returns). */
	focusEvent?: (id: string) => void;
	/** Loads what the reading panel needs (a panel loaded on demand) before it shows. */
	prepare?: () => Promise<void>;
}

export interface SelectionOptions {
	/** The story's events, read when needed (the story may change under the shell). */
	events: () => readonly ResolvedEvent[];
	/** Records the selection in the address (?event=<id>); none leaves the address alone. */
	updateUrl?: (url: URL) => void;
	/** Told when the reader selects an event or closes it (an embed tells its host). */
	onchange?: (id: string | null) => void;
}

export interface ShowOptions {
	/** Pan the timeline to the event. */
	reveal?: boolean;
	/** Move focus to the opened event's heading (a reader's action; not on start-up). */
	focus?: boolean;
}

export class StorySelection {
	selectedId: string | null = $state(null);
	/** The selected event: found once per selection, for everything that shows it. */
	readonly selected: ResolvedEvent | null = $derived.by(() => {
		const id = this.selectedId;
		return id === null ? null : (this.#options.events().find((e) => e.id === id) ?? null);
	});
	panelOpen = $state(false);
	view: EventsViewKind = $state('timeline');
	readonly announcer: Announcer;
	#options: SelectionOptions;
	#parts: SelectionParts = {};

	/** Call while a component initialises: it provides the page's announcer to its children. */
	constructor(options: SelectionOptions) {
		this.#options = options;
		this.announcer = provideAnnouncer();
	}

	/** Adds what a part on screen can do; returns a function that removes it again. */
	register(parts: SelectionParts): () => void {
		this.#parts = { ...this.#parts, ...parts };
		return () => {
			for (const key of Object.keys(parts) as (keyof SelectionParts)[])
				if (this.#parts[key] === parts[key]) delete this.#parts[key];
		};
	}

	/** The first state (from the address or an embed's options): nothing announced to the host. */
	start(id: string | null, openPanel: boolean): Promise<void> {
		this.panelOpen = openPanel;
		if (!id || !this.#options.events().some((e) => e.id === id)) return Promise.resolve();
		return this.#show(id, { reveal: true, focus: false });
	}

	/** The reader selects an event, or none: records it, tells the shell, shows it. */
	select(id: string | null, options: ShowOptions = {}): Promise<void> {
		const { updateUrl, onchange } = this.#options;
		if (updateUrl) {
			// A copy to hand over, not state: nothing reads it reactively.
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			const url = new URL(location.href);
			if (id) url.searchParams.set('event', id);
			else url.searchParams.delete('event');
			updateUrl(url);
		}
		this.panelOpen = id !== null;
		onchange?.(id);
		return this.#show(id, options);
	}

	/** Closes the open event and puts focus back on it in the view on screen. */
	close(): void {
		const id = this.selectedId;
		void this.select(null);
		this.announcer.announce(closedAnnouncement());
		if (id) this.#parts.focusEvent?.(id);
	}

	/** Escape closes the open event, wherever focus is (unless a part took the key). */
	onkeydown = (event: KeyboardEvent): void => {
		if (event.key === 'Escape' && this.selectedId && !event.defaultPrevented) {
			event.preventDefault();
			this.close();
		}
	};

	async #show(id: string | null, { reveal = false, focus = true }: ShowOptions): Promise<void> {
		this.selectedId = id;
		if (!id) return;
		await this.#parts.prepare?.();
		await tick();
		if (reveal) this.#parts.reveal?.(id);
		// Focus first: a focus that scrolls would cut short the passage's smooth scroll.
		if (focus) {
			const { focusDetails } = this.#parts;
			if (focusDetails) focusDetails();
			else focusHeading();
		}
		this.#parts.showPassage?.();
		// Unless the reader has moved on meanwhile (that selection says its own).
		const event = this.selected;
		if (event?.id === id)
			this.announcer.announce(openedAnnouncement(event.title, event.excerpts.length, focus));
	}
}

/**
 * Focuses the opened event's heading. Where the focus ring shows (the reader is on the
 * keyboard), it is brought into view if it is not already (narrow screens, where the card sits
 * above the article): focus must never be off-screen. Opened by pointer or touch, the view is
 * left to glide to the passage.
 */
function focusHeading(): void {
	const heading = document.getElementById('event-title');
	if (!heading) return;
	heading.focus({ preventScroll: true });
	if (!heading.matches(':focus-visible')) return;
	const { top, bottom } = heading.getBoundingClientRect();
	if (top < 0 || bottom > innerHeight) heading.scrollIntoView({ block: 'nearest' });
}
