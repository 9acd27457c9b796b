import type { ResolvedStory } from '$lib/story/types';
import type { Refresh, RemoteProgress, RemoteResult, Unchanged } from './remoteStory';

/**
 * What the page and the story worker say to each other. A URL does not survive
 * postMessage's structured clone, so a result travels with its address as text.
 *
 * A story comes back in parts: its events and sources in slices of `PART_SIZE` (one message
 * each), then the rest of it with empty lists. The page unpacks each message in a task of
 * its own, so 100,000 events never hold its main thread in one long task.
 */

export interface WorkerRequest {
	src: string;
	base: string;
	/** A live embed's look again (see remoteStory.ts). */
	refresh?: Refresh;
}

/** The lists of a story that travel in slices. */
export type StoryPartKey = 'events' | 'sources';

export type WireResult =
	| Exclude<RemoteResult, { ok: true }>
	| Unchanged
	| (Omit<Extract<RemoteResult, { ok: true }>, 'url'> & { url: string });

export type WorkerMessage =
	| { type: 'progress'; progress: RemoteProgress }
	| { type: 'part'; key: StoryPartKey; items: unknown[] }
	| { type: 'done'; result: WireResult };

/**
 * Items a message carries. Unpacking 2,000 of the benchmark's events took 30–57 ms of a task
 * in Chromium; half as many keep each message's task well under 50 ms.
 */
export const PART_SIZE = 1000;

/** A failure nothing else named: the error's own words, so a reader can report it. */
export function notLoaded(error: unknown): Extract<RemoteResult, { ok: false }> {
	const detail = error instanceof Error ? error.message : String(error);
	return {
		ok: false,
		problem: { kind: 'network', key: 'unexpected', values: { error: detail } }
	};
}

/** The messages that carry `result`: its lists' slices first, then the rest. */
export function toMessages(result: RemoteResult | Unchanged): WorkerMessage[] {
	if (result.ok !== true) return [{ type: 'done', result }];
	const { story } = result;
	const messages: WorkerMessage[] = [];
	for (const key of ['events', 'sources'] as const) {
		const items: unknown[] = story[key];
		for (let i = 0; i < items.length; i += PART_SIZE)
			messages.push({ type: 'part', key, items: items.slice(i, i + PART_SIZE) });
	}
	const rest: ResolvedStory = { ...story, events: [], sources: [] };
	messages.push({ type: 'done', result: { ...result, story: rest, url: result.url.href } });
	return messages;
}

/** Puts a story together again from the messages `toMessages` made, in their order. */
export class StoryAssembler {
	#parts: Record<StoryPartKey, unknown[][]> = { events: [], sources: [] };

	add(message: Extract<WorkerMessage, { type: 'part' }>): void {
		this.#parts[message.key].push(message.items);
	}

	finish(result: WireResult): RemoteResult | Unchanged {
		if (result.ok !== true) return result;
		const { events, sources } = this.#parts;
		return {
			...result,
			story: {
				...result.story,
				events: (events.flat() as ResolvedStory['events']).concat(result.story.events),
				sources: (sources.flat() as ResolvedStory['sources']).concat(result.story.sources)
			},
			url: new URL(result.url)
		};
	}
}
