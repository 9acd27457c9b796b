import edtf from 'edtf';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadStory } from './loadStory';
import { resolveDateExpression } from './dates/resolveDate';
import { STORY_FORMAT } from './storyFormat';
import type { EventInput, StoryInput } from './storyInput';
import type { DatePrecision } from './types';

/** Fixed seed and bounded runs: the same cases on every machine, in well under a second each. */
const RUNS = { seed: 20250227, numRuns: 300 } as const;

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

interface Point {
	text: string;
	precision: DatePrecision;
	instant: boolean;
}

const year = fc.integer({ min: 1000, max: 9999 });
const month = fc.integer({ min: 1, max: 12 });
const qualifier = fc.constantFrom('', '?', '~', '%');

/** One EDTF date or date-time, levels 0 and 1. */
const point: fc.Arbitrary<Point> = fc.oneof(
	fc
		.tuple(year, qualifier)
		.map(([y, q]) => ({ text: `${y}${q}`, precision: 'year' as const, instant: false })),
	fc.tuple(year, month, qualifier).map(([y, m, q]) => ({
		text: `${y}-${pad(m)}${q}`,
		precision: 'month' as const,
		instant: false
	})),
	fc.tuple(year, month, fc.integer({ min: 1, max: 28 }), qualifier).map(([y, m, d, q]) => ({
		text: `${y}-${pad(m)}-${pad(d)}${q}`,
		precision: 'day' as const,
		instant: false
	})),
	fc
		.tuple(fc.integer({ min: 100, max: 999 }), qualifier)
		.map(([d, q]) => ({ text: `${d}X${q}`, precision: 'decade' as const, instant: false })),
	fc
		.tuple(fc.integer({ min: 10, max: 99 }), qualifier)
		.map(([c, q]) => ({ text: `${c}XX${q}`, precision: 'span' as const, instant: false })),
	fc
		.date({
			min: new Date('1000-01-01T00:00:00Z'),
			max: new Date('9999-12-31T23:59:59Z'),
			noInvalidDate: true
		})
		.map((date) => ({
			text: date.toISOString().replace('.000Z', 'Z'),
			precision: 'instant' as const,
			instant: true
		}))
);

const zone = fc.constantFrom(
	'UTC',
	'Europe/London',
	'America/New_York',
	'Asia/Kolkata',
	'Pacific/Chatham'
);

function resolve(expression: string, timeZone: string) {
	return resolveDateExpression(expression, {
		published: '2025-02-27',
		publishedTimeZone: 'Europe/London',
		timeZone
	});
}

/**
 * The `edtf` package's reading, as a half-open interval in UTC: the oracle for ours. Null
 * where it reads nothing: it refuses a qualifier after unspecified digits (`196X~`) and
 * unspecified digits in an interval, which this reader accepts.
 */
function oracle(expression: string, endIsInstant: boolean): [number, number] | null {
	try {
		const value = edtf(expression);
		return [value.min, endIsInstant ? value.max : value.max + 1];
	} catch {
		expect(expression).toMatch(/X/);
		return null;
	}
}

describe('EDTF properties', () => {
	it('every date resolves to an interval at its own precision, the one the edtf package reads', () => {
		fc.assert(
			fc.property(point, zone, ({ text, precision, instant }, timeZone) => {
				const result = resolve(text, timeZone);
				expect(result.ok).toBe(true);
				if (!result.ok) return;
				const { startsAt, endsAt } = result.date;
				expect(result.date.precision).toBe(precision);
				expect(Date.parse(startsAt)).toBeLessThanOrEqual(Date.parse(endsAt));
				if (instant) expect(startsAt).toBe(endsAt);
				else expect(Date.parse(startsAt)).toBeLessThan(Date.parse(endsAt));
				const expected = timeZone === 'UTC' ? oracle(text, instant) : null;
				if (expected) expect([Date.parse(startsAt), Date.parse(endsAt)]).toEqual(expected);
			}),
			RUNS
		);
	});

	it('an interval resolves from its start to its end, or is refused when it ends first', () => {
		fc.assert(
			fc.property(point, point, zone, (first, last, timeZone) => {
				const text = `${first.text}/${last.text}`;
				const result = resolve(text, timeZone);
				const start = resolve(first.text, timeZone);
				const end = resolve(last.text, timeZone);
				if (!start.ok || !end.ok) throw new Error('every generated point resolves');
				if (!result.ok) {
					// Refused only when, in the event's zone, the end starts before the start.
					expect(result.message).toMatch(/ends before it starts/);
					expect(Date.parse(start.date.startsAt)).toBeGreaterThan(Date.parse(end.date.startsAt));
					return;
				}
				expect(result.date).toMatchObject({
					start: start.date.start,
					end: end.date.end,
					startsAt: start.date.startsAt,
					endsAt: end.date.endsAt
				});
				expect(result.date.precision).toBe('span');
				expect(Date.parse(result.date.startsAt)).toBeLessThanOrEqual(
					Date.parse(result.date.endsAt)
				);
				const expected = timeZone === 'UTC' ? oracle(text, last.instant) : null;
				if (expected) {
					expect([Date.parse(result.date.startsAt), Date.parse(result.date.endsAt)]).toEqual(
						expected
					);
				}
			}),
			RUNS
		);
	});

	it('an open or unknown end keeps the known end, with its modifier, lasting throughout', () => {
		fc.assert(
			fc.property(
				point,
				fc.constantFrom('..', ''),
				fc.boolean(),
				zone,
				(known, other, open, tz) => {
					const text = open ? `${known.text}/${other}` : `${other}/${known.text}`;
					const result = resolve(text, tz);
					const alone = resolve(known.text, tz);
					expect(result).toEqual(
						alone.ok && {
							ok: true,
							date: { ...alone.date, extent: 'throughout', modifier: open ? 'after' : 'before' }
						}
					);
				}
			),
			RUNS
		);
	});
});

// ── Stories ─────────────────────────────────────────────────────────────────

const SENTENCES = [
	'The talks began yesterday.',
	'A treaty was signed this Friday.',
	'Crowds gathered last week.',
	'The minister resigned today.',
	'Nobody was surprised.'
];
const WORDS: Record<number, string | undefined> = {
	0: 'yesterday',
	1: 'this Friday',
	2: 'last week',
	3: 'today'
};

const slug = fc.stringMatching(/^[a-z][a-z0-9]{0,6}$/);
const plain = fc.string({ minLength: 1, maxLength: 20 }).filter((text) => text.trim() !== '');

/** An event quoting sentence `index`, dated by its own words or by an EDTF expression. */
function eventArbitrary(id: string): fc.Arbitrary<EventInput> {
	return fc
		.record({
			index: fc.integer({ min: 0, max: SENTENCES.length - 1 }),
			editorial: fc.boolean(),
			expression: point.map((p) => p.text),
			title: plain,
			group: fc.option(plain, { nil: undefined }),
			place: fc.option(fc.record({ name: plain, timeZone: zone }), { nil: undefined }),
			media: fc.option(
				fc.record({
					kind: fc.constant('image' as const),
					url: fc.webUrl({ validSchemes: ['https'] }),
					alt: plain,
					credit: fc.option(plain, { nil: undefined })
				}),
				{ nil: undefined }
			)
		})
		.map(({ index, editorial, expression, title, group, place, media }) => {
			const words = WORDS[index];
			const event: EventInput = {
				id,
				title,
				summary: `${title}.`,
				kind: 'other',
				actors: [],
				when:
					words && !editorial
						? { text: words, basis: 'stated' }
						: { text: null, basis: 'editorial', expression, note: 'From the archive.' },
				excerpts: [{ source: 'paper', exact: SENTENCES[index]! }]
			};
			if (group !== undefined) event.group = group;
			if (place !== undefined) event.place = place;
			if (media !== undefined) {
				event.media = media.credit === undefined ? { ...media, credit: undefined } : media;
				if (media.credit === undefined) delete event.media.credit;
			}
			return event;
		});
}

const storyArbitrary: fc.Arbitrary<StoryInput> = fc
	.record({
		ids: fc.uniqueArray(slug, { minLength: 1, maxLength: 6 }),
		eras: fc.array(fc.record({ label: plain, expression: point.map((p) => p.text) }), {
			maxLength: 3
		}),
		displayTimeZone: zone
	})
	.chain(({ ids, eras, displayTimeZone }) =>
		fc.tuple(...ids.map(eventArbitrary)).map((events): StoryInput => ({
			$schema: '/story.schema.json',
			format: STORY_FORMAT,
			id: 'generated',
			title: 'Generated',
			summary: 'A generated story.',
			language: 'en-GB',
			displayTimeZone,
			sources: [
				{
					id: 'paper',
					publisher: 'The Paper',
					title: null,
					language: 'en-GB',
					published: { date: '2025-02-27', timeZone: 'Europe/London', basis: 'stated' },
					text: SENTENCES.join(' ')
				}
			],
			events,
			eras: eras.map((era, i) => ({ id: `era-${i}`, ...era }))
		}))
	);

describe('story properties', () => {
	it('a valid story round-trips: load, publish as JSON, load again, without loss', () => {
		fc.assert(
			fc.property(storyArbitrary, (story) => {
				const first = loadStory(story, 'generated.json');
				expect(first.ok, JSON.stringify(first)).toBe(true);
				if (!first.ok) return;
				// Nothing authored is lost.
				for (const event of story.events) {
					expect(first.story.events.find((e) => e.id === event.id)).toMatchObject(event);
				}
				expect(first.story.eras).toHaveLength(story.eras?.length ?? 0);
				const published: unknown = JSON.parse(JSON.stringify(first.story));
				expect(loadStory(published, 'published.json')).toEqual(first);
			}),
			{ ...RUNS, numRuns: 100 }
		);
	});

	it('arbitrary JSON never throws; it gets named problems', () => {
		fc.assert(
			fc.property(fc.jsonValue(), (value) => {
				const result = loadStory(value, 'any.json');
				expect(result.ok).toBe(false);
				if (result.ok) return;
				for (const issue of result.issues) {
					expect(issue.file).toBe('any.json');
					expect(issue.field).not.toBe('');
					expect(issue.message).not.toBe('');
				}
			}),
			RUNS
		);
	});

	it('a valid story with any one field replaced by any JSON never throws', () => {
		const paths = (value: unknown, prefix: (string | number)[] = []): (string | number)[][] =>
			typeof value === 'object' && value !== null
				? Object.entries(value).flatMap(([key, inner]) => {
						const path = [...prefix, Array.isArray(value) ? Number(key) : key];
						return [path, ...paths(inner, path)];
					})
				: [];
		fc.assert(
			fc.property(storyArbitrary, fc.nat(), fc.jsonValue(), (story, pick, replacement) => {
				const all = paths(story);
				const path = all[pick % all.length]!;
				const broken = JSON.parse(JSON.stringify(story));
				let parent = broken;
				for (const key of path.slice(0, -1)) parent = parent[key];
				parent[path[path.length - 1]!] = replacement;
				const result = loadStory(broken, 'broken.json');
				if (!result.ok) {
					for (const issue of result.issues) expect(issue.field).toMatch(/^[$a-zA-Z(]/);
				}
			}),
			{ ...RUNS, numRuns: 200 }
		);
	});
});
