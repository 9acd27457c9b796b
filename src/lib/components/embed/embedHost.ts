import { getContext, setContext } from 'svelte';

/**
 * What an embed knows of the page around it, and what it may ask of it. The frame
 * (EmbedFrame.svelte) provides it; the story inside reads it to lay its reading panel out.
 */

/**
 * `page`: opened on its own (or not yet known: the prerendered HTML); `fixed`: in a frame of
 * a height of its own, which the panel must not overflow; `auto`: the host follows the
 * embed's height (the loader, pym.js), so the panel goes in the flow and the host scrolls.
 */
export type FrameSizing = 'page' | 'fixed' | 'auto';

/** [top, bottom] of a part of the embed, in CSS px from the embed document's top. */
export type EmbedPart = [number, number];

export interface EmbedHost {
	readonly sizing: FrameSizing;
	/**
	 * Asks a host that follows the height to bring a part into view, measured when sent.
	 * `start`: for the event the embed opened at, which a host follows only for its own deep
	 * link; it waits until the host is known to follow.
	 */
	reveal(part: () => EmbedPart | null, start: boolean): void;
}

const KEY = Symbol('embed host');

export function provideEmbedHost(host: EmbedHost): void {
	setContext(KEY, host);
}

/** The frame's host, or undefined outside an embed frame (a component test, say). */
export function embedHost(): EmbedHost | undefined {
	return getContext<EmbedHost | undefined>(KEY);
}
