// Seeded big stories, the one generator for the benchmark (tests/bench/run.js) and the
// end-to-end tests of big stories: the same events as a Sourceline story (the published form
// of /stories/<id>.json, positions included), as vis-timeline items and as TimelineJS JSON.
// Events fall over 2025; a third of them last several days; on request, a share of them are
// instants (a time of day). The same count and options give the same bytes.
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

const YEAR = 2025;
/** Days of the year an article may be published on: its "last week" stays in the year. */
const FIRST_PUBLICATION_DAY = 14;
const LAST_PUBLICATION_DAY = 355;

/**
 * mulberry32: a small, fast, seeded PRNG (no Math.random, so every run has the same stories).
 * @param {number} seed
 * @returns {() => number} uniform in [0, 1)
 */
export function seededRandom(seed) {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const PEOPLE = [
	'Maria Keller',
	'Tomasz Nowak',
	'Amara Okafor',
	'Daniel Brooks',
	'Sofia Lindqvist',
	'Hiroshi Tanaka',
	'Claire Dubois',
	'Rahul Mehta',
	'Elena Petrova',
	'James Whitfield',
	'Lucía Fernández',
	'Olena Kovalenko',
	'Samuel Adeyemi',
	'Grace Liu',
	'Henrik Larsen',
	'Fatima Haddad'
];
const ROLES = [
	'The finance minister',
	'The health secretary',
	'The opposition leader',
	'The mayor',
	'The central bank governor',
	'Union leaders',
	'The foreign minister',
	'Regulators'
];
/** Verb phrases as a headline writes them (present tense) and as an article does (past). */
const ACTIONS = [
	['announces', 'announced', 'new funding for rural bus routes'],
	['meets', 'met', 'striking rail workers over pay'],
	['rejects', 'rejected', 'calls for an early election'],
	['visits', 'visited', 'flood-hit towns in the north'],
	['defends', 'defended', 'the budget against criticism from business groups'],
	['unveils', 'unveiled', 'a plan to cut hospital waiting lists'],
	['warns of', 'warned of', 'higher energy bills this winter'],
	['signs', 'signed', 'a trade agreement with neighbouring states'],
	['questions', 'questioned', 'the inquiry into the procurement contracts'],
	['launches', 'launched', 'a review of school funding'],
	['backs', 'backed', 'the ceasefire proposal at the summit'],
	['postpones', 'postponed', 'the vote on the housing bill']
];
/** @type {Array<{ name: string, timeZone: string, kind: 'meeting' | 'statement' | 'travel' | 'announcement' | 'visit' | 'other' }>} */
const PLACES = [
	{ name: 'London', timeZone: 'Europe/London', kind: 'statement' },
	{ name: 'Washington DC', timeZone: 'America/New_York', kind: 'meeting' },
	{ name: 'Kyiv', timeZone: 'Europe/Kyiv', kind: 'visit' },
	{ name: 'Brussels', timeZone: 'Europe/Brussels', kind: 'announcement' },
	{ name: 'Tokyo', timeZone: 'Asia/Tokyo', kind: 'travel' },
	{ name: 'Manchester', timeZone: 'Europe/London', kind: 'other' }
];
/** The tracks of a story in bursts (the `group` of its events). */
const GROUPS = ['Politics', 'Economy', 'World', 'Health', 'Climate', 'Courts'];
/** Tails that make a headline long, as a live blog's are. */
const LONG_TAILS = [
	', as ministers face mounting pressure from backbenchers and business leaders ahead of the vote',
	' after a week of talks that officials on both sides described as difficult but constructive',
	', hours after the committee published its report into what went wrong and who knew'
];
const PUBLISHERS = ['The Daily Record', 'Northern Courier', 'World Wire', 'Evening Standard-Post'];
const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** @param {number} day day of the year, 0 = 1 January */
const utcDay = (day) => new Date(Date.UTC(YEAR, 0, 1 + day));
/** @param {number} day */
const isoDay = (day) => utcDay(day).toISOString().slice(0, 10);
/** @param {number} day */
const writtenDay = (day) => {
	const d = utcDay(day);
	return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
};
/** Monday = 0 … Sunday = 6. @param {number} day */
const weekday = (day) => (utcDay(day).getUTCDay() + 6) % 7;
/**
 * A time of day on `day` in `timeZone`, as the source writes it (an ISO date-time with the
 * zone's offset, which the story format reads as stated) and as UTC.
 * @param {number} day @param {number} minute minutes after local midnight @param {string} timeZone
 */
const instantAt = (day, minute, timeZone) => {
	const d = utcDay(day);
	const local = new TZDate(
		d.getUTCFullYear(),
		d.getUTCMonth(),
		d.getUTCDate(),
		Math.floor(minute / 60),
		minute % 60,
		timeZone
	);
	return {
		written: format(local, "yyyy-MM-dd'T'HH:mm:ssxxx"),
		utc: new Date(local.getTime()).toISOString()
	};
};
/** The UTC instant at which `day` starts in `timeZone`. @param {number} day @param {string} timeZone */
const startsAt = (day, timeZone) => {
	const d = utcDay(day);
	const local = new TZDate(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), timeZone);
	return new Date(local.getTime()).toISOString();
};

/**
 * The date words of a span relative to the article's publication day, as the story format
 * resolves them (days counted Monday to Sunday), and the days they name.
 * @param {number} published @param {number} pick
 * @returns {{ words: string, first: number, last: number }}
 */
function spanWords(published, pick) {
	const monday = published - weekday(published);
	if (pick === 1) return { words: 'this week', first: monday, last: monday + 6 };
	if (pick === 2 && weekday(published) >= 1)
		return { words: 'so far this week', first: monday, last: published };
	if (pick === 3 && weekday(published) >= 2)
		return { words: 'earlier this week', first: monday, last: published - 1 };
	return { words: 'last week', first: monday - 7, last: monday - 1 };
}

/**
 * @template T
 * @param {() => number} random @param {readonly T[]} list
 * @returns {T}
 */
function pick(random, list) {
	return /** @type {T} */ (list[Math.floor(random() * list.length)]);
}

/**
 * @typedef {{ id: string, title: string, summary: string, group: string | null, first: number,
 *   last: number, timeZone: string, startsAt: string, endsAt: string }} BenchEvent
 * @typedef {{ source: string, exact: string, prefix: string, suffix: string, start: number,
 *   end: number }} Excerpt
 * @typedef {{ id: string, title: string, summary: string, kind: string, group?: string, actors: string[],
 *   place: { name: string, timeZone: string }, when: Record<string, string> & { startsAt: string,
 *   endsAt: string }, excerpts: Excerpt[] }} StoryEvent
 * @typedef {{ story: object, events: BenchEvent[] }} Generated
 */

/**
 * @typedef {object} StoryOptions
 * @property {number} [seed] the same seed and count give the same bytes (default 7)
 * @property {number} [instants] share of events, 0–1, that are an instant (a time of day)
 *   rather than a day or a span (default 0: none, and no random number is drawn for it, so
 *   the benchmark's stories keep their events)
 * @property {'spread' | 'bursts'} [shape] `spread` (the default): articles published on any
 *   day of the year, each dating its events over the fortnight before it. `bursts`: news comes
 *   in a few bursts (a dozen or so, each a few days long, most events in the days of a burst),
 *   titles are short or long, and events fall in six groups (tracks). The default's random
 *   draws are unchanged by this option.
 */

/**
 * A story of `count` events. Events come from articles (a few events each) published across
 * the year; each event quotes its article, and its date is the article's own date words.
 * @param {number} count
 * @param {StoryOptions} [options]
 * @returns {Generated}
 */
export function generateStory(count, { seed = 7, instants = 0, shape = 'spread' } = {}) {
	if (!(instants >= 0 && instants <= 1))
		throw new RangeError(`generateStory: instants must be between 0 and 1, not ${instants}`);
	const random = seededRandom(seed + count);
	const bursts = shape === 'bursts';
	const perArticle = Math.max(1, Math.min(10, Math.round(count / (bursts ? 120 : 365))));
	/** Burst centres, days of the year: one per 80 events, at least six, at most forty. */
	const centres = bursts
		? Array.from(
				{ length: Math.max(6, Math.min(40, Math.round(count / 80))) },
				() =>
					FIRST_PUBLICATION_DAY +
					3 +
					Math.floor(random() * (LAST_PUBLICATION_DAY - FIRST_PUBLICATION_DAY - 6))
			)
		: [];
	/** @type {object[]} */
	const sources = [];
	/** @type {StoryEvent[]} */
	const storyEvents = [];
	/** @type {BenchEvent[]} */
	const events = [];

	for (let made = 0, article = 0; made < count; article++) {
		const published = bursts
			? pick(random, centres) + Math.floor(random() * 7) - 3
			: FIRST_PUBLICATION_DAY +
				Math.floor(random() * (LAST_PUBLICATION_DAY - FIRST_PUBLICATION_DAY + 1));
		const sourceId = `article-${article + 1}`;
		const publisher = pick(random, PUBLISHERS);
		let text = `${publisher}, ${writtenDay(published)}.\n`;
		/** @type {Set<string>} */
		const sentences = new Set();
		const inArticle = Math.min(perArticle, count - made);
		for (let k = 0; k < inArticle; k++, made++) {
			const place = pick(random, PLACES);
			const person = pick(random, PEOPLE);
			const [present, past, object] = pick(random, ACTIONS);
			const role = pick(random, ROLES);
			const isSpan = random() < 1 / 3;
			const span = spanWords(published, Math.floor(random() * 4));
			// In a burst, events are dated on the day of the article or the two before it.
			const day = published - Math.floor(random() * (bursts ? 3 : 14));
			// Drawn only when asked for, so the default story's draws are unchanged.
			const instant =
				instants > 0 && random() < instants
					? instantAt(day, Math.floor(random() * 24 * 60), place.timeZone)
					: null;
			const dateWords = instant ? instant.written : isSpan ? span.words : writtenDay(day);
			const first = isSpan && !instant ? span.first : day;
			const last = isSpan && !instant ? span.last : day;
			const preposition = instant ? 'at ' : isSpan ? '' : 'on ';
			let sentence = `${person} ${past} ${object} in ${place.name} ${preposition}${dateWords}.`;
			for (let again = 2; sentences.has(sentence); again++)
				sentence = `${sentence.slice(0, -1)} (${again}).`;
			sentences.add(sentence);
			const start = text.length;
			text += `${sentence} ${role} ${random() < 0.5 ? 'welcomed' : 'criticised'} the move.\n`;
			const end = start + sentence.length;
			const id = `event-${made + 1}`;
			const surname = person.split(' ')[1];
			const length = bursts ? random() : 0.5;
			const title =
				length < 0.3
					? `${surname} ${present?.split(' ')[0]}`
					: length < 0.7
						? `${surname} ${present} ${object}`
						: `${person} ${present} ${object}${pick(random, LONG_TAILS)}`;
			const group = bursts ? pick(random, GROUPS) : null;
			const summary = `${person} ${past} ${object}, ${publisher} reported.`;
			const when = instant
				? {
						text: dateWords,
						basis: 'stated',
						start: instant.written,
						end: instant.written,
						precision: 'instant',
						timeZone: place.timeZone,
						startsAt: instant.utc,
						endsAt: instant.utc
					}
				: {
						text: dateWords,
						basis: 'stated',
						start: isoDay(first),
						end: isoDay(last),
						precision: first === last ? 'day' : 'span',
						timeZone: place.timeZone,
						startsAt: startsAt(first, place.timeZone),
						endsAt: startsAt(last + 1, place.timeZone)
					};
			storyEvents.push({
				id,
				title,
				summary,
				kind: place.kind,
				...(group ? { group } : {}),
				actors: [person],
				place: { name: place.name, timeZone: place.timeZone },
				when,
				excerpts: [
					{
						source: sourceId,
						exact: sentence,
						// Filled in below, once the article's text is complete.
						prefix: '',
						suffix: '',
						start,
						end
					}
				]
			});
			events.push({
				id,
				title,
				summary,
				group,
				first,
				last,
				timeZone: place.timeZone,
				startsAt: when.startsAt,
				endsAt: when.endsAt
			});
		}
		for (const event of storyEvents.slice(made - inArticle)) {
			const excerpt = event.excerpts[0];
			if (!excerpt) continue;
			excerpt.prefix = text.slice(Math.max(0, excerpt.start - 32), excerpt.start);
			excerpt.suffix = text.slice(excerpt.end, excerpt.end + 32);
		}
		sources.push({
			id: sourceId,
			publisher,
			title: `${publisher}: the week in politics`,
			language: 'en-GB',
			published: { date: isoDay(published), timeZone: 'Europe/London', basis: 'stated' },
			text
		});
	}

	// Published stories list events in time order: by start, then end, then id.
	const order = (/** @type {StoryEvent} */ a, /** @type {StoryEvent} */ b) =>
		a.when.startsAt.localeCompare(b.when.startsAt) ||
		a.when.endsAt.localeCompare(b.when.endsAt) ||
		(a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
	storyEvents.sort(order);
	return {
		story: {
			format: 'sourceline/story@1',
			id: bursts ? `bench-bursts-${count}` : `bench-${count}`,
			title: `A year of news in ${count.toLocaleString('en-GB')} events${bursts ? ', in bursts' : ''}`,
			summary: bursts
				? `Seeded events over 2025 in ${centres.length} bursts of news, in six groups, with short and long titles.`
				: instants > 0
					? `Seeded events over 2025: ${Math.round(instants * 100)}% are instants, a third of the others last several days.`
					: 'Seeded events over 2025: a third of them last several days.',
			language: 'en-GB',
			displayTimeZone: 'Europe/London',
			sources,
			events: storyEvents,
			context: []
		},
		events
	};
}

/**
 * vis-timeline items: one-day events as points, longer ones as ranges.
 * @param {BenchEvent[]} events
 */
export function visItems(events) {
	return events.map((event) =>
		event.first === event.last
			? {
					id: event.id,
					content: event.title,
					start: event.startsAt,
					type: 'point',
					...(event.group ? { group: event.group } : {})
				}
			: {
					id: event.id,
					content: event.title,
					start: event.startsAt,
					end: event.endsAt,
					type: 'range',
					...(event.group ? { group: event.group } : {})
				}
	);
}

/**
 * TimelineJS JSON: calendar days, the last day inclusive as TimelineJS reads `end_date`.
 * @param {BenchEvent[]} events @param {string} title
 */
export function timelineJsData(events, title) {
	/** @param {number} day */
	const date = (day) => {
		const d = utcDay(day);
		return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
	};
	return {
		title: { text: { headline: title, text: '' } },
		events: events.map((event) => ({
			unique_id: event.id,
			start_date: date(event.first),
			...(event.first === event.last ? {} : { end_date: date(event.last) }),
			...(event.group ? { group: event.group } : {}),
			text: { headline: event.title, text: event.summary }
		}))
	};
}
