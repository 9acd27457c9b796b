/// <reference lib="webworker" />
import { searchDoc, type SearchDoc } from './searchDocs';
import { SearchIndex } from './searchIndex';
import type { SearchAnswer, SearchRequest } from './searchWorkerProtocol';

// A big story's search runs here, so typing never waits on a look through every event.
const docs: SearchDoc[] = [];
let index: SearchIndex | null = null;

self.addEventListener('message', (event: MessageEvent<SearchRequest>) => {
	const request = event.data;
	if (request.type === 'events') {
		for (const e of request.events) docs.push(searchDoc(e));
		return;
	}
	const started = performance.now();
	index ??= new SearchIndex(docs);
	// A copy goes: the index keeps its own to narrow the next search.
	const matches = index.search(request.terms, request.filters).slice();
	const ms = performance.now() - started;
	self.postMessage({ id: request.id, matches, ms } satisfies SearchAnswer, [matches.buffer]);
});
