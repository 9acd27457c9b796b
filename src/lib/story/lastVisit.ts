/**
 * Which events a reader has seen, kept in their own browser only, so a story they come back to
 * can mark the events added since. A record is the story's event ids at the last visit; a
 * story past `MAX_REMEMBERED` events is not remembered (browser storage is small), and an
 * unreadable record counts as no visit. Pure: the page reads and writes the storage.
 */

/** More events than this are not remembered: about 300 KB of ids at most. */
export const MAX_REMEMBERED = 10_000;

const VERSION = 1;

/** Where a story's record is kept: one per story (and per file, for a story from elsewhere). */
export function visitKey(storyId: string, src: string | null = null): string {
	return src === null ? `sourceline:seen:${storyId}` : `sourceline:seen:${storyId}:${src}`;
}

/** The record of a visit that saw `ids`; null for a story too big to remember. */
export function visitRecord(ids: readonly string[]): string | null {
	if (ids.length > MAX_REMEMBERED) return null;
	return JSON.stringify({ v: VERSION, ids });
}

/** The ids a stored record holds; null for none, or for one that cannot be read. */
export function seenIds(record: string | null): Set<string> | null {
	if (record === null || record.length > MAX_REMEMBERED * 400) return null;
	try {
		const parsed: unknown = JSON.parse(record);
		if (typeof parsed !== 'object' || parsed === null) return null;
		const { v, ids } = parsed as { v?: unknown; ids?: unknown };
		if (v !== VERSION || !Array.isArray(ids)) return null;
		if (!ids.every((id) => typeof id === 'string')) return null;
		return new Set(ids as string[]);
	} catch {
		return null;
	}
}

/** The events of `ids` that the last visit did not see; none on a first visit. */
export function newSince(seen: ReadonlySet<string> | null, ids: readonly string[]): Set<string> {
	if (seen === null) return new Set();
	return new Set(ids.filter((id) => !seen.has(id)));
}
