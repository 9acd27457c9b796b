import { said, type Said } from './said';

/** Files a problem at `field`, inside event `eventIndex` where one is given. */
export type Report = (field: string, problem: Said, eventIndex?: number) => void;

/**
 * The checks that need the whole story, beside the schema's field checks: ids unique among
 * sources, events and eras; every `source`, `when.source`, `sameAs` and correction's `event`
 * names an entry that exists. Reads the raw input defensively, so it runs even where the schema found problems.
 */
export function crossCheck(input: Record<string, unknown>, report: Report): void {
	const sources = entries(input.sources);
	const events = entries(input.events);
	const sourceIds = uniqueIds(sources, 'sources', 'source', report);
	const eventIds = uniqueIds(events, 'events', 'event', report);
	uniqueIds(entries(input.eras), 'eras', 'era', report);

	const knownSource = (value: unknown, field: string, index?: number) => {
		if (typeof value === 'string' && !sourceIds.has(value)) {
			report(field, said('noSource', { id: value }), index);
		}
	};
	events.forEach((event, i) => {
		const path = `events[${i}]`;
		entries(event.excerpts).forEach((excerpt, j) =>
			knownSource(excerpt.source, `${path}.excerpts[${j}].source`, i)
		);
		for (const key of ['when', 'target'] as const) {
			const when = record(event[key]);
			if (!when) continue;
			knownSource(when.source, `${path}.${key}.source`, i);
			const { sameAs } = when;
			if (typeof sameAs !== 'string') continue;
			if (sameAs === event.id) {
				report(`${path}.${key}.sameAs`, said('sameAsSelf'), i);
			} else if (!eventIds.has(sameAs)) {
				report(`${path}.${key}.sameAs`, said('noEvent', { id: sameAs }), i);
			}
		}
	});
	entries(input.context).forEach((entry, i) => knownSource(entry.source, `context[${i}].source`));
	entries(input.corrections).forEach(({ event }, i) => {
		if (typeof event === 'string' && !eventIds.has(event)) {
			report(`corrections[${i}].event`, said('noEvent', { id: event }));
		}
	});
}

type Fields = Record<string, unknown>;

function record(value: unknown): Fields | undefined {
	return typeof value === 'object' && value !== null && !Array.isArray(value)
		? (value as Fields)
		: undefined;
}

/** The entries of a raw array that are objects (others are the schema's to report). */
function entries(value: unknown): Fields[] {
	return Array.isArray(value) ? value.map((entry) => record(entry) ?? {}) : [];
}

/** The string ids of `list`, reporting each id already used by an earlier entry. */
function uniqueIds(
	list: Fields[],
	path: string,
	what: 'source' | 'event' | 'era',
	report: Report
): Set<string> {
	const seen = new Map<string, number>();
	list.forEach(({ id }, i) => {
		if (typeof id !== 'string') return;
		const first = seen.get(id);
		if (first === undefined) seen.set(id, i);
		else
			report(
				`${path}[${i}].id`,
				said('duplicateId', { what: { key: what }, id, first: `${path}[${first}]` }),
				path === 'events' ? i : undefined
			);
	});
	return new Set(seen.keys());
}
