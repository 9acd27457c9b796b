import type { ResolvedDate, ResolvedEvent } from './types';

/** Events in time order: by start, then end, then id (see `byInterval`). */
export function byTime(a: ResolvedEvent, b: ResolvedEvent): number {
	return byInterval({ ...a.when, id: a.id }, { ...b.when, id: b.id });
}

/** By start, then end, then id. */
export function byInterval(
	a: ResolvedDate & { id: string },
	b: ResolvedDate & { id: string }
): number {
	return (
		Date.parse(a.startsAt) - Date.parse(b.startsAt) ||
		Date.parse(a.endsAt) - Date.parse(b.endsAt) ||
		(a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
	);
}
