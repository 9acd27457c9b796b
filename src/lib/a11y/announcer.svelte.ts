import { getContext, onDestroy, setContext } from 'svelte';

/**
 * The page's one polite live region. Every component that has something to say (a zoom,
 * a selection) goes through it, so messages queue in one place instead of competing.
 */
export class Announcer {
	message = $state('');
	#pending: ReturnType<typeof setTimeout> | undefined;
	#alternate = false;

	/**
	 * Says `text` politely. With `quietFor`, waits until no other call has come for that
	 * many milliseconds and says only the last one: a zoom gesture fires dozens of changes
	 * but is announced once. `text` may be a function, read when it is finally said.
	 */
	announce(text: string | (() => string), quietFor = 0): void {
		clearTimeout(this.#pending);
		const say = () => this.#say(typeof text === 'function' ? text() : text);
		if (quietFor > 0) this.#pending = setTimeout(say, quietFor);
		else say();
	}

	/** Drops a message still waiting for quiet (the page is going away). */
	cancel(): void {
		clearTimeout(this.#pending);
	}

	#say(text: string): void {
		// Screen readers ignore a live region set to the text it already holds; a trailing
		// no-break space on every other message makes a repeated message new.
		this.#alternate = !this.#alternate;
		this.message = this.#alternate ? text : `${text}\u00a0`;
	}
}

const key = Symbol('announcer');

/** Creates the page's announcer and shares it with the components inside the caller. */
export function provideAnnouncer(): Announcer {
	const announcer = setContext(key, new Announcer());
	onDestroy(() => announcer.cancel());
	return announcer;
}

/** The page's announcer, or undefined for a component rendered on its own (in a test). */
export function getAnnouncer(): Announcer | undefined {
	return getContext<Announcer | undefined>(key);
}
