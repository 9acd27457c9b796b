import type { Correction, StoryInput } from './storyInput';
import type { ResolvedEvent } from './types';

/**
 * Each event with the story's corrections that name it (in the story's order), so the list
 * and the event's details show them; an event no correction names has none. Linear in the
 * events and corrections. A resolved story fed back in gets its events' corrections anew.
 */
export function withCorrections(
	events: ResolvedEvent[],
	{ corrections = [] }: Pick<StoryInput, 'corrections'>
): ResolvedEvent[] {
	const byEvent = new Map<string, Correction[]>();
	for (const correction of corrections) {
		if (correction.event === undefined) continue;
		const list = byEvent.get(correction.event);
		if (list) list.push(correction);
		else byEvent.set(correction.event, [correction]);
	}
	return events.map((event) => {
		const named = byEvent.get(event.id);
		if (named) return { ...event, corrections: named };
		if (event.corrections === undefined) return event;
		const copy = { ...event };
		delete copy.corrections;
		return copy;
	});
}
