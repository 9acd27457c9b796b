import type { RemoteProgress, RemoteResult } from './remoteStory';

/**
 * What the page and the story worker say to each other. A URL does not survive
 * postMessage's structured clone, so a result travels with its address as text.
 */

export interface WorkerRequest {
	src: string;
	base: string;
}

export type WireResult =
	| Exclude<RemoteResult, { ok: true }>
	| (Omit<Extract<RemoteResult, { ok: true }>, 'url'> & { url: string });

export type WorkerMessage =
	{ type: 'progress'; progress: RemoteProgress } | { type: 'done'; result: WireResult };

export function toWire(result: RemoteResult): WireResult {
	return result.ok ? { ...result, url: result.url.href } : result;
}

export function fromWire(result: WireResult): RemoteResult {
	return result.ok ? { ...result, url: new URL(result.url) } : result;
}
