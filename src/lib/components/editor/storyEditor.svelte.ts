import {
	addEra,
	addEvent,
	moveItem,
	quoteOf,
	removeItem,
	type ListPath
} from '$lib/draft/eventList';
import { historyOf, record, redo, undo, type History } from '$lib/draft/history';
import type { Opened } from '$lib/draft/openStory';
import { edited, getAt, pathText, storyFileText, type Path } from '$lib/draft/storyDocument';
import { loadStory } from '$lib/story/loadStory';
import type { ResolvedStory, StoryIssue } from '$lib/story/types';

/** How long typing pauses before the story is checked again. */
export const CHECK_AFTER_MS = 300;

/**
 * The /edit page's state: the story file as opened (valid or not), each change a step to
 * undo, and the loader's verdict on it as it changes.
 */
export class StoryEditor {
	/** Where the story came from, named in its problems. */
	file = $state('');
	/** The story and the steps to undo and redo; typing into one field is one step. */
	history = $state.raw<History<unknown>>(historyOf(null));
	/** Problems found while opening (the file could not be read or converted). */
	openIssues = $state.raw<StoryIssue[]>([]);
	/** The story being opened, while it downloads. */
	opening = $state<string | null>(null);

	/** The words last selected in a source's text, to quote in an event. */
	selection = $state<{ source: number; start: number; end: number } | null>(null);

	get story(): unknown {
		return this.history.present;
	}

	/**
	 * The story as last checked. Typing is checked once it pauses (`CHECK_AFTER_MS`), so a
	 * long story is not loaded again on every key; other changes are checked at once.
	 */
	#checked = $state.raw<unknown>(null);
	#timer: ReturnType<typeof setTimeout> | undefined;
	readonly loaded = $derived(this.#checked === null ? null : loadStory(this.#checked, this.file));
	/** What stops the story validating, as the build would say it. */
	readonly issues: StoryIssue[] = $derived(
		this.loaded && !this.loaded.ok ? this.loaded.issues : []
	);

	#valid: ResolvedStory | null = null;
	/** The story as it last validated, for the preview: typing a problem does not blank it. */
	readonly lastValid = $derived.by(() => {
		const loaded = this.loaded;
		if (loaded?.ok) this.#valid = loaded.story;
		return this.#valid;
	});

	open(opened: Opened, file: string): void {
		this.#valid = null;
		this.file = file;
		this.openIssues = opened.issues;
		this.history = historyOf(opened.story);
		this.checkNow();
	}

	/** Back to nothing open (the page's first state). */
	close(): void {
		clearTimeout(this.#timer);
		this.#valid = null;
		this.file = '';
		this.openIssues = [];
		this.history = historyOf(null);
		this.#checked = null;
	}

	/** The story checked at once, with what was typed last (before it is downloaded, say). */
	checkNow(): void {
		clearTimeout(this.#timer);
		this.#checked = this.story;
	}

	#checkSoon(): void {
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => this.checkNow(), CHECK_AFTER_MS);
	}

	get(path: Path): unknown {
		return getAt(this.story, path);
	}

	set(path: Path, value: unknown): void {
		this.history = record(this.history, edited(this.story, path, value), pathText(path));
		this.#checkSoon();
	}

	#change(next: unknown): void {
		this.history = record(this.history, next);
		this.checkNow();
	}

	/** A change made by `make` (adding a source, say) as one step; returns what it said. */
	change<T extends { story: unknown }>(make: (story: unknown) => T): T {
		const made = make(this.story);
		this.#change(made.story);
		return made;
	}

	move(list: ListPath, index: number, by: number): void {
		this.#change(moveItem(this.story, list, index, by));
	}

	remove(list: ListPath, index: number): void {
		this.#change(removeItem(this.story, list, index));
	}

	addEvent(): void {
		this.#change(addEvent(this.story));
	}

	addEra(): void {
		this.#change(addEra(this.story));
	}

	/** The selected words, verbatim, as a new quote of the event at `index`. */
	quoteSelection(index: number): void {
		if (!this.selection) return;
		const { source, start, end } = this.selection;
		const id = this.get(['sources', source, 'id']);
		const text = this.get(['sources', source, 'text']);
		if (typeof id !== 'string' || typeof text !== 'string') return;
		const quote = quoteOf(text, id, start, end);
		const quotes = this.get(['events', index, 'excerpts']);
		if (quote)
			this.#change(
				edited(
					this.story,
					['events', index, 'excerpts'],
					[...(Array.isArray(quotes) ? quotes : []), quote]
				)
			);
		this.selection = null;
	}

	undo(): void {
		this.history = undo(this.history);
		this.checkNow();
	}

	redo(): void {
		this.history = redo(this.history);
		this.checkNow();
	}

	/** The story file to download, and its name. */
	download(): { name: string; text: string } {
		const id = this.get(['id']);
		return {
			name: `${typeof id === 'string' && id ? id : 'story'}.json`,
			text: storyFileText(this.story)
		};
	}
}
