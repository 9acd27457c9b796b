import type { Searchable, SearchFilters } from './filters';
import { searchable, searchDoc } from './searchDocs';
import { SearchIndex, type Matches } from './searchIndex';
import type { SearchAnswer, SearchRequest } from './searchWorkerProtocol';

/** Searches one story's events (positions in the order they were given). */
export interface SearchEngine {
	search(terms: string[], filters: SearchFilters): Promise<Matches>;
	dispose(): void;
}

/**
 * Marked (`performance.mark`, its `detail` the milliseconds) as each search's matching is done,
 * in the worker or on the page: what `npm run bench` reports as the filter's own time.
 */
export const FILTERED_MARK = 'sourceline:filtered';
const filtered = (ms: number) => performance.mark(FILTERED_MARK, { detail: ms });
/** Marked once an engine holds every event (a big story's sent to its worker). */
export const READY_MARK = 'sourceline:search-ready';

/** From this many events the index is built, and searched, in a worker. */
export const WORKER_FROM = 5_000;
/** Events sent to the worker per message (each message is copied on the page's thread). */
const SLICE = 5_000;

/** The engine for `events`: in a worker for a big story, on the page for a small one. */
export function createSearchEngine(events: readonly Searchable[]): SearchEngine {
	if (events.length >= WORKER_FROM && typeof Worker !== 'undefined') return workerEngine(events);
	return pageEngine(events);
}

function pageEngine(events: readonly Searchable[]): SearchEngine {
	let index: SearchIndex | null = null;
	performance.mark(READY_MARK);
	return {
		search: async (terms, filters) => {
			const started = performance.now();
			const matches = (index ??= new SearchIndex(events.map(searchDoc))).search(terms, filters);
			filtered(performance.now() - started);
			return matches;
		},
		dispose: () => {}
	};
}

function workerEngine(events: readonly Searchable[]): SearchEngine {
	const worker = new Worker(new URL('./searchWorker.ts', import.meta.url), { type: 'module' });
	type Pending = { terms: string[]; filters: SearchFilters; resolve: (m: Matches) => void };
	const waiting = new Map<number, Pending>();
	let next = 0;
	let fallback: SearchEngine | null = null;
	worker.addEventListener('message', (event: MessageEvent<SearchAnswer>) => {
		filtered(event.data.ms);
		waiting.get(event.data.id)?.resolve(event.data.matches);
		waiting.delete(event.data.id);
	});
	// A worker that cannot start (a host's policy): the same search, on the page.
	worker.addEventListener('error', (event) => {
		event.preventDefault();
		worker.terminate();
		const page = (fallback ??= pageEngine(events));
		for (const { terms, filters, resolve } of waiting.values())
			void page.search(terms, filters).then(resolve);
		waiting.clear();
	});
	const sent = (async () => {
		for (let from = 0; from < events.length; from += SLICE) {
			if (from > 0) await new Promise((resolve) => setTimeout(resolve, 0));
			const slice = events.slice(from, from + SLICE).map(searchable);
			worker.postMessage({ type: 'events', events: slice } satisfies SearchRequest);
		}
		performance.mark(READY_MARK);
	})();
	return {
		async search(terms, filters) {
			await sent;
			if (fallback) return fallback.search(terms, filters);
			const id = next++;
			return new Promise((resolve) => {
				waiting.set(id, { terms, filters, resolve });
				worker.postMessage({ type: 'search', id, terms, filters } satisfies SearchRequest);
			});
		},
		dispose: () => worker.terminate()
	};
}
