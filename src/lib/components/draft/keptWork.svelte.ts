import { ta } from '$lib/i18n/authoring/words';
import { fill, formatCount } from '$lib/i18n/plural';
import { STORAGE_KEY } from '$lib/draft/saved';

/**
 * Work in progress kept in the browser's storage under one key, and what the editor must
 * know about it: that the storage refused the latest changes (full, or not allowed), or
 * that another tab wrote the same draft since this one last did.
 */
export class KeptWork {
	/** Why the latest changes are not kept, if they are not. */
	problem = $state<string | null>(null);
	/** Another tab keeps the same draft; this one stops writing until the editor chooses. */
	otherTab = $state(false);
	#written: string | null = null;

	constructor(
		readonly storage: Storage,
		readonly key = STORAGE_KEY
	) {}

	read(): string | null {
		try {
			return this.storage.getItem(this.key);
		} catch {
			return null;
		}
	}

	/** Keeps `text`; false, with the problem said, when the storage refuses it. */
	write(text: string): boolean {
		if (this.otherTab) return false;
		if (text === this.#written) return true;
		try {
			this.storage.setItem(this.key, text);
			this.#written = text;
			this.problem = null;
			return true;
		} catch (error) {
			this.problem = storageProblem(error, text.length);
			return false;
		}
	}

	/** Forgets the kept work (the editor starts afresh). */
	forget(): void {
		this.#written = null;
		this.problem = null;
		try {
			this.storage.removeItem(this.key);
		} catch {
			// Nothing kept can be removed where nothing can be kept.
		}
	}

	/** Writes again after the editor chose this tab's work over the other's. */
	keepThisTab(text: string): void {
		this.otherTab = false;
		this.write(text);
	}

	/** Takes the other tab's work as this one's; returns its text. */
	takeOtherTab(): string | null {
		this.otherTab = false;
		this.#written = this.read();
		return this.#written;
	}

	/**
	 * While the page is open: `flush` keeps the work when the page is left (and when this
	 * stops), and another tab writing the same key is noticed. Returns what stops both.
	 */
	follow(target: Window, flush: () => void): () => void {
		target.addEventListener('pagehide', flush);
		const unwatch = this.watch(target);
		return () => {
			flush();
			target.removeEventListener('pagehide', flush);
			unwatch();
		};
	}

	/** Listens for another tab writing the same key; returns the function that stops it. */
	watch(target: Window): () => void {
		const onstorage = (event: StorageEvent) => {
			if (
				event.storageArea === this.storage &&
				event.key === this.key &&
				event.newValue !== null &&
				event.newValue !== this.#written
			)
				this.otherTab = true;
		};
		target.addEventListener('storage', onstorage);
		return () => target.removeEventListener('storage', onstorage);
	}
}

const isQuota = (error: unknown): boolean =>
	error instanceof DOMException &&
	(error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');

/** What to tell the editor when the storage refuses `size` characters of work. */
export function storageProblem(error: unknown, size: number): string {
	const kb = formatCount(Math.ceil((size * 2) / 1024));
	const words = ta().kept;
	return isQuota(error)
		? fill(words.full, { kb })
		: fill(words.refused, { error: error instanceof Error ? error.message : String(error) });
}
