/**
 * A large story for load and level-of-detail tests: `count` events over 2025, seeded (the
 * same every run), nine in ten whole days, the rest instants, each quoting its date in one source.
 * Kept terse (titles like `E123`) so 10,000 events stay under the embed's 2 MB cap.
 */
export function seededStory(count: number): unknown {
	let seed = 7;
	const next = () => {
		seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
		return seed / 2 ** 31;
	};
	const t0 = Date.UTC(2025, 0, 1);
	// The source lists each date once ("2025-03-04."); every event quotes its date's line,
	// so the date words it states are in its excerpt, as the format asks.
	const lines = new Set<string>();
	const events = Array.from({ length: count }, (_, i) => {
		const at = new Date(t0 + Math.floor(next() * 365 * 24 * 60) * 60_000);
		const day = i % 10 !== 0;
		const expression = day ? at.toISOString().slice(0, 10) : at.toISOString().slice(0, 16) + 'Z';
		lines.add(`${expression}.`);
		return {
			id: `e${i.toString(36)}`,
			title: `E${i}`,
			summary: 'S',
			kind: 'other',
			actors: [],
			place: { name: 'X', timeZone: 'UTC' },
			when: { text: expression, basis: 'stated' },
			excerpts: [{ source: 'w', exact: `${expression}.` }]
		};
	});
	return {
		format: 'sourceline/story@1',
		id: `seeded-${count}`,
		title: `${count.toLocaleString('en-GB')} seeded events`,
		summary: 'A year of generated events.',
		language: 'en-GB',
		displayTimeZone: 'Europe/London',
		sources: [
			{
				id: 'w',
				publisher: 'Seed',
				title: null,
				language: 'en-GB',
				published: { date: '2026-01-01', timeZone: 'Europe/London', basis: 'stated' },
				text: [...lines].join('\n') + '\n'
			}
		],
		events
	};
}
