import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	heightMessage,
	MAX_HEIGHT,
	parseEmbedMessage,
	parsePymMessage,
	pymMessage
} from '../../src/lib/embed/host/messages';
import { parseEmbedOptions, parseEmbedTheme } from '../../src/lib/embed/host/options';
import { EMBED_PROTOCOL, isDeepLinkEventId } from '../../src/lib/embed/host/protocol';
import { draftArticle } from '../../src/lib/draft/proposals';
import { draftToStory } from '../../src/lib/draft/toStory';
import { loadStory } from '../../src/lib/story/loadStory';
import { resolveDateExpression } from '../../src/lib/story/dates/resolveDate';
import { TEST_FILE, testEvent, testSource, testStory } from '../../src/lib/story/testing';
import type { StoryInput } from '../../src/lib/story/storyInput';
import { validateStory } from '../../src/lib/story/validateStory';
import { loadLoader } from './loader';

// Generated inputs, the same ones on every run (a fixed seed) and few enough to stay quick.
// A failure prints the seed and the shrunk input; fix the code, then keep the input as a
// table row beside the module's own tests.
const RUNS = { seed: 20250227, numRuns: 150 };

const loader = loadLoader();

// ── The story loader ───────────────────────────────────────────────────────

const TEXT = 'Starmer flew to Washington on Tuesday. Zelenskyy meets Trump this Friday.';

/** A valid story with two events, one dated by the other. */
function baseStory(): StoryInput {
	return testStory({
		sources: [testSource({ text: TEXT })],
		events: [
			testEvent('flight', {
				excerpts: [{ source: 'paper', exact: 'Starmer flew to Washington on Tuesday.' }]
			}),
			testEvent('remark', {
				when: { text: null, basis: 'inferred', sameAs: 'flight', note: 'Same day.' },
				excerpts: [{ source: 'paper', exact: 'Trump this Friday', start: 55, end: 72 } as never]
			})
		]
	});
}

/** Paths into `baseStory()` that a hostile or careless author might get wrong. */
const PATHS = [
	[],
	['format'],
	['id'],
	['displayTimeZone'],
	['sources'],
	['sources', 0],
	['sources', 0, 'id'],
	['sources', 0, 'text'],
	['sources', 0, 'published'],
	['sources', 0, 'published', 'date'],
	['sources', 0, 'published', 'timeZone'],
	['events'],
	['events', 0],
	['events', 0, 'id'],
	['events', 0, 'place'],
	['events', 0, 'place', 'timeZone'],
	['events', 0, 'when'],
	['events', 0, 'when', 'text'],
	['events', 0, 'when', 'basis'],
	['events', 0, 'when', 'expression'],
	['events', 1, 'when', 'sameAs'],
	['events', 0, 'excerpts'],
	['events', 0, 'excerpts', 0, 'exact'],
	['events', 1, 'excerpts', 0, 'start'],
	['events', 1, 'excerpts', 0, 'prefix'],
	['context']
] as const;

/** Words the date resolver knows, to build phrases that nearly make sense. */
const DATE_WORDS = fc.constantFrom(
	'by',
	'in',
	'on',
	'this',
	'next',
	'last',
	'earlier',
	'later',
	'so far',
	'week',
	'friday',
	'today',
	'2027',
	'19',
	'february',
	'2025-02-30',
	'2025-02-27T09:30-05:00',
	'T',
	'.',
	' ',
	'\u00a0',
	'𝟚𝟘𝟚𝟟'
);
const dateWords = fc.array(DATE_WORDS, { maxLength: 12 }).map((words) => words.join(' '));

/** A value in place of a field: the JSON a hostile file can hold, prototype keys included. */
const hostileValue = fc.oneof(
	fc.jsonValue({ maxDepth: 3 }),
	dateWords,
	fc.constantFrom('__proto__', 'constructor', '<script>alert(1)</script>', 'javascript:alert(1)'),
	fc.constant(JSON.parse('{"__proto__": {"polluted": true}}'))
);

function withValue(story: StoryInput, path: readonly (string | number)[], value: unknown): unknown {
	if (path.length === 0) return value;
	const copy = structuredClone(story) as unknown as Record<string | number, unknown>;
	let at: Record<string | number, unknown> = copy;
	for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
	at[path.at(-1)!] = value;
	return copy;
}

describe('loadStory on generated input', () => {
	it('loads the base story (so the properties below start from a valid one)', () => {
		expect(loadStory(baseStory(), TEST_FILE).ok).toBe(true);
	});

	it('never throws, and every problem names its file and field', () => {
		fc.assert(
			fc.property(fc.constantFrom(...PATHS), hostileValue, (path, value) => {
				const result = loadStory(withValue(baseStory(), path, value), TEST_FILE);
				if (result.ok) return;
				expect(result.issues.length).toBeGreaterThan(0);
				for (const issue of result.issues) {
					expect(issue.file).toBe(TEST_FILE);
					expect(issue.field).toMatch(/^([a-zA-Z]|\(root\)$)/);
					expect(issue.message).not.toBe('');
				}
			}),
			RUNS
		);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('names the expression field for any date words', () => {
		fc.assert(
			fc.property(dateWords, (expression) => {
				const story = baseStory();
				story.events[0]!.when = { text: null, basis: 'editorial', expression, note: 'Test.' };
				const result = loadStory(story, TEST_FILE);
				if (!result.ok) {
					for (const issue of result.issues) expect(issue.field).toBe('events[0].when.expression');
				}
			}),
			RUNS
		);
	});
});

// ── The date resolver ──────────────────────────────────────────────────────

const ZONES = fc.constantFrom(
	'Europe/London',
	'America/New_York',
	'Pacific/Kiritimati',
	'Australia/Lord_Howe',
	'UTC',
	'Mars/Olympus',
	''
);

describe('resolveDateExpression on generated input', () => {
	it('never throws; a resolved date runs forwards and keeps its zone', () => {
		fc.assert(
			fc.property(
				fc.oneof(dateWords, fc.string({ maxLength: 40 })),
				fc.constantFrom('2025-02-27', '2024-02-29', '2025-03-30T00:30:00+00:00', '27/02/2025'),
				ZONES,
				ZONES,
				fc.constantFrom(undefined, 'past' as const, 'future' as const),
				(expression, published, publishedTimeZone, timeZone, direction) => {
					const result = resolveDateExpression(expression, {
						published,
						publishedTimeZone,
						timeZone,
						direction
					});
					if (!result.ok) {
						expect(result.message).not.toBe('');
						return;
					}
					const { date } = result;
					expect(date.timeZone).toBe(timeZone);
					expect(date.start <= date.end).toBe(true);
					if (date.precision === 'instant') expect(date.startsAt).toBe(date.endsAt);
					else expect(Date.parse(date.startsAt)).toBeLessThan(Date.parse(date.endsAt));
				}
			),
			RUNS
		);
	});

	it('reads a deadline nested to any depth as a problem, not a crash', () => {
		fc.assert(
			fc.property(fc.integer({ min: 2, max: 5_000 }), (depth) => {
				const result = resolveDateExpression(`${'by '.repeat(depth)}2027`, {
					published: '2025-02-27',
					publishedTimeZone: 'Europe/London',
					timeZone: 'Europe/London'
				});
				expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/another "by"/) });
			}),
			{ ...RUNS, numRuns: 20 }
		);
	});
});

// ── News date words, in the resolver and in drafting ───────────────────────

/** Words of news phrasing, to build phrases and sentences that nearly make sense. */
const NEWS_WORDS = fc.constantFrom(
	'Aug.',
	'Sept.',
	'7,',
	'1956',
	'said',
	'would',
	'“',
	'”',
	'Friday',
	'night',
	'9',
	'a.m.',
	'p.m.',
	'noon',
	'the',
	'third',
	'third-quarter',
	'quarter',
	'first half',
	'fiscal',
	'a',
	'two',
	'99999',
	'weeks',
	'ago',
	'later',
	'earlier',
	'since',
	'November',
	'last',
	'until',
	'spring',
	'recently',
	'now',
	'$1.35',
	'6 1/4%',
	'Sun',
	'Mr.',
	'.',
	'\n',
	'by'
);
const newsPhrase = fc.array(NEWS_WORDS, { maxLength: 10 }).map((words) => words.join(' '));

describe('news date words on generated input', () => {
	it('the resolver never throws, and a resolved date runs forwards in its zone', () => {
		fc.assert(
			fc.property(
				newsPhrase,
				fc.constantFrom('2025-02-28', '2024-02-29', '2025-03-30T00:30:00+00:00', '1996'),
				ZONES,
				fc.constantFrom(undefined, 'past' as const, 'future' as const),
				fc.boolean(),
				(expression, published, timeZone, direction, countsFrom) => {
					const result = resolveDateExpression(expression, {
						published,
						publishedTimeZone: timeZone,
						timeZone,
						direction,
						...(countsFrom && { countsFrom: true as const })
					});
					if (!result.ok) {
						expect(result.message).not.toBe('');
						return;
					}
					const { date } = result;
					expect(date.timeZone).toBe(timeZone);
					expect(Date.parse(date.startsAt)).toBeLessThanOrEqual(Date.parse(date.endsAt));
					if (date.precision !== 'instant') {
						expect(Date.parse(date.startsAt)).toBeLessThan(Date.parse(date.endsAt));
					}
				}
			),
			RUNS
		);
	});

	it('drafting never throws; every date word is a slice of the article, in order, and a story with events loads', () => {
		fc.assert(
			fc.property(
				fc.array(newsPhrase, { maxLength: 6 }).map((parts) => parts.join('. ')),
				fc.constantFrom('2025-02-28', '2024-02-29T23:30:00-05:00'),
				fc.constantFrom('Europe/London', 'America/New_York', 'Australia/Sydney'),
				(article, published, timeZone) => {
					const draft = draftArticle({ article, published, timeZone, publisher: 'The Paper' });
					let end = 0;
					for (const mention of draft.mentions) {
						expect(mention.start).toBeGreaterThanOrEqual(end);
						expect(mention.end).toBeLessThanOrEqual(article.length);
						expect(article.slice(mention.start, mention.end)).toBe(mention.words);
						expect(mention.date !== null || mention.reason !== undefined).toBe(true);
						end = mention.end;
					}
					const story = draftToStory(draft, {
						id: 'generated',
						title: 'Generated',
						include: 'proposed',
						undatedAsContext: true
					});
					if (story.events.length === 0) return;
					const loaded = loadStory(story, 'generated');
					expect(loaded.ok, JSON.stringify(loaded.ok ? null : loaded)).toBe(true);
				}
			),
			{ ...RUNS, numRuns: 60 }
		);
	});
});

// ── Embed options ──────────────────────────────────────────────────────────

const wall = (iso: string) => Date.parse(`${iso}Z`);
const FACTS = {
	eventIds: new Set(['macron-visit', 'zelenskyy-meets-trump']),
	displayTimeZone: 'America/New_York',
	domain: [wall('2025-02-18T12:00'), wall('2025-03-03T12:00')] as [number, number]
};

const optionValue = fc.oneof(
	fc.string({ maxLength: 30 }),
	fc.constantFrom(
		'macron-visit',
		'dark',
		'open',
		'2025-02-24',
		'2025-02-24T15:00',
		'2025-02-24T15:00Z',
		'title,legend',
		'help summary,title'
	)
);
const optionParams = fc
	.dictionary(fc.constantFrom(...EMBED_PROTOCOL.options, 'childId', '__proto__'), optionValue)
	.map((record) => new URLSearchParams(Object.entries(record)));

describe('embed options on generated input', () => {
	it('never throw; what they keep is usable, and each value dropped is named', () => {
		fc.assert(
			fc.property(optionParams, (params) => {
				const { value, warnings } = parseEmbedOptions(params, FACTS);
				if (value.event !== null) expect(FACTS.eventIds.has(value.event)).toBe(true);
				if (value.range) expect(value.range[0]).toBeLessThan(value.range[1]);
				expect(['open', 'closed']).toContain(value.panel);
				for (const part of value.hide) expect(EMBED_PROTOCOL.hideable).toContain(part);
				expect(new Set(value.hide).size).toBe(value.hide.length);
				for (const warning of warnings)
					expect(warning).toMatch(/^ignoring (event|from|to|panel|hide|export)/);
				const theme = parseEmbedTheme(params);
				expect(['light', 'dark', 'auto']).toContain(theme.value);
			}),
			RUNS
		);
	});
});

// ── Host messages ──────────────────────────────────────────────────────────

describe('host messages on generated input', () => {
	const heightLike = fc.record({
		type: fc.constantFrom(...Object.values(EMBED_PROTOCOL.messages), 'other'),
		height: fc.oneof(fc.double(), fc.integer(), fc.string()),
		top: fc.oneof(fc.double(), fc.integer({ min: -10, max: 60_000 })),
		bottom: fc.oneof(fc.double(), fc.integer({ min: -10, max: 60_000 })),
		start: fc.oneof(fc.boolean(), fc.constant('true')),
		event: fc.oneof(fc.constant(null), fc.string({ maxLength: 20 }), fc.integer())
	});

	it('the app and the loader read any message the same way, within the limits', () => {
		fc.assert(
			fc.property(fc.oneof(fc.anything(), heightLike), (data) => {
				const parsed = parseEmbedMessage(data);
				const height = loader.readHeight(data);
				if (parsed?.type === 'sourceline:height') {
					expect(height).toBe(parsed.height);
					expect(height).toBeGreaterThanOrEqual(0);
					expect(height).toBeLessThanOrEqual(MAX_HEIGHT);
				} else expect(height).toBeNull();
				const event = loader.readEvent(data);
				// The loader is stricter: it takes only slug ids, for the host's address.
				if (event !== undefined) expect(parsed).toEqual({ type: 'sourceline:event', event });
				if (typeof event === 'string') expect(isDeepLinkEventId(event)).toBe(true);
				const part = loader.readReveal(data);
				if (parsed?.type === 'sourceline:reveal')
					expect({ type: parsed.type, ...part }).toEqual(parsed);
				else expect(part).toBeNull();
			}),
			RUNS
		);
	});

	it('a height survives the trip through the loader', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: MAX_HEIGHT }), (px) => {
				expect(loader.readHeight(heightMessage(px))).toBe(px);
			}),
			RUNS
		);
	});

	it('a pym message is read back only by its own child id', () => {
		const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/);
		fc.assert(
			fc.property(
				id,
				id,
				fc.stringMatching(/^[a-z]{1,8}$/),
				fc.string(),
				(to, other, type, body) => {
					expect(parsePymMessage(pymMessage(to, type, body), to)).toEqual({ type, body });
					if (!`${to}xPYMx`.startsWith(`${other}xPYMx`))
						expect(parsePymMessage(pymMessage(to, type, body), other)).toBeNull();
				}
			),
			RUNS
		);
	});
});

// ── The loader's URL helpers ───────────────────────────────────────────────

const SITE = 'https://timelines.example.org';
const eventIdLike = fc.oneof(
	fc.string({ maxLength: 30 }),
	fc.stringMatching(/^[a-z0-9]+(?:-[a-z0-9]+){0,3}$/)
);
const addressLike = fc.oneof(
	fc.webUrl({ withQueryParameters: true, withFragments: true }),
	fc.string({ maxLength: 40 }),
	fc.constantFrom('https://example.com:99999/s.json', 'javascript:alert(1)', '//evil.example/x')
);

describe('the loader’s URL helpers on generated input', () => {
	it('a deep link holds a slug id, or nothing', () => {
		fc.assert(
			fc.property(
				fc.webUrl({ withQueryParameters: true, withFragments: true }),
				eventIdLike,
				(host, id) => {
					const recorded = loader.withDeepLink(host, id);
					expect(loader.deepLinkEvent(recorded)).toBe(isDeepLinkEventId(id) ? id : null);
					const cleared = loader.withDeepLink(recorded, null);
					expect(loader.deepLinkEvent(cleared)).toBeNull();
				}
			),
			RUNS
		);
	});

	it('reading any address never throws and gives a slug or null', () => {
		fc.assert(
			fc.property(addressLike, (address) => {
				const id = loader.deepLinkEvent(address);
				expect(id === null || isDeepLinkEventId(id)).toBe(true);
			}),
			RUNS
		);
	});

	it('a frame’s address is always on the loader’s own site, or there is none', () => {
		const settings = fc.record(
			{
				story: fc.option(
					fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('..', '.', 'a/../..'))
				),
				src: fc.option(addressLike),
				event: fc.option(eventIdLike),
				theme: fc.option(fc.string({ maxLength: 10 })),
				deeplink: fc.boolean()
			},
			{ requiredKeys: [] }
		);
		fc.assert(
			fc.property(settings, addressLike, (placeholder, host) => {
				// The host page's own address is always a valid one in a browser.
				const hostUrl = URL.canParse(host) ? host : 'https://news.example.com/a';
				const src = loader.embedSrc(SITE, placeholder, hostUrl);
				const url = src === null ? null : new URL(src);
				expect(url === null || url.origin === SITE).toBe(true);
				expect(url === null || /^\/embed(\/|$)/.test(url.pathname)).toBe(true);
			}),
			RUNS
		);
	});
});

// ── One slug rule ──────────────────────────────────────────────────────────

describe('deep-link ids and story ids', () => {
	it('follow the same slug rule', () => {
		fc.assert(
			fc.property(eventIdLike, (id) => {
				const valid = validateStory(testStory({ id }), TEST_FILE);
				const idProblem = !valid.ok && valid.issues.some((issue) => issue.field === 'id');
				expect(!idProblem).toBe(isDeepLinkEventId(id));
			}),
			RUNS
		);
	});
});
