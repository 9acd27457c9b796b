import { EDIT_STORAGE_KEY, readKeptEdit, sameStory, writeKeptEdit } from '$lib/draft/editKept';
import type { KeptEdit } from '$lib/draft/editKept';
import { KeptWork } from '../draft/keptWork.svelte';
import type { StoryEditor } from './storyEditor.svelte';

/** How long after a change the story is kept. */
const KEEP_AFTER_MS = 250;

/**
 * Nothing is lost on /edit: the story is kept in this browser a moment after each change
 * (and when the page is left), so a reload, a crash or a closed tab reopens it as it was.
 * A story opened from an address that this browser holds other changes to waits for the
 * editor to choose between them; another tab writing the same story is said (KeptWork).
 * Create it while the page initialises; `start` once mounted.
 */
export class EditKeeping {
	kept = $state<KeptWork | null>(null);
	/** What was stored when it could not be read back, for download. */
	unread = $state<string | null>(null);
	notice = $state<string | null>(null);
	/** Reopened from this browser's storage, as the editor left it. */
	resumed = $state<KeptEdit | null>(null);
	/** Changes kept here to the story just opened, that it does not have. */
	waiting = $state<KeptEdit | null>(null);
	#editor: StoryEditor;

	constructor(editor: StoryEditor) {
		this.#editor = editor;
		$effect(() => {
			const { kept } = this;
			if (!kept || this.waiting || editor.story === null) return;
			const text = this.text();
			const timer = setTimeout(() => kept.write(text), KEEP_AFTER_MS);
			return () => clearTimeout(timer);
		});
	}

	/** The story as kept, as text. */
	text(): string {
		const { file, story } = this.#editor;
		// A time to write down, not state: nothing reads it reactively.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		return writeKeptEdit({ file, story, keptAt: new Date().toISOString() });
	}

	/**
	 * Reads back what is kept, then opens `address` (a story asked for by the page's address)
	 * or, with none, the kept story. Returns the clean-up.
	 */
	start(
		storage: Storage,
		open: (address: string) => Promise<void>,
		address: string | null
	): () => void {
		const work = new KeptWork(storage, EDIT_STORAGE_KEY);
		const text = work.read();
		const read = readKeptEdit(text);
		this.notice = read.notice;
		this.unread = read.notice ? text : null;
		const editor = this.#editor;
		if (address)
			void open(address).then(() => {
				const earlier = read.kept;
				if (earlier && earlier.file === address && !sameStory(earlier.story, editor.story))
					this.waiting = earlier;
				this.kept = work;
			});
		else {
			if (read.kept) {
				editor.open({ story: read.kept.story, issues: [] }, read.kept.file);
				this.resumed = read.kept;
			}
			this.kept = work;
		}
		return work.follow(window, () => {
			if (this.kept && !this.waiting && editor.story !== null) work.write(this.text());
		});
	}

	/** Goes on with kept changes (this browser's, or another tab's) instead of what is open. */
	use(edit: KeptEdit): void {
		this.#editor.open({ story: edit.story, issues: [] }, edit.file);
		this.waiting = null;
	}

	/** Takes the other tab's story as stored. */
	useText(text: string | null): void {
		const other = readKeptEdit(text).kept;
		if (other) this.use(other);
	}

	/** Keeps the file just opened; the kept changes are replaced by its next change. */
	useOpened(): void {
		this.waiting = null;
	}

	startAfresh(): void {
		this.kept?.forget();
		this.#editor.close();
		this.resumed = null;
	}
}
