import { describe, expect, it } from 'vitest';
import { loadStory } from '../story/loadStory';
import type { Excerpt } from '../story/types';
import { edit, merge, setStatus, setWhen, split } from './operations';
import { draftArticle } from './proposals';
import { acceptedCounts, draftToStory } from './toStory';
import type { Draft } from './types';

const article = [
	'The minister met union leaders on Monday.',
	'He said talks would go on.',
	'A strike will start on 3 March.',
	'The minister met union leaders on Monday.'
].join('\n');
const draft = draftArticle({
	article,
	published: '2025-02-27',
	timeZone: 'Europe/London',
	publisher: 'Wire'
});
const [monday, said, strike, again] = draft.proposals.map((p) => p.id) as [
	string,
	string,
	string,
	string
];
const find = (d: Draft, id: string) => d.proposals.find((p) => p.id === id)!;

describe('proposals for a small article', () => {
	it('proposes an event a dated sentence and context for the rest', () => {
		expect(draft.proposals.map((p) => [p.role, p.when?.text ?? null, p.when?.direction])).toEqual([
			['event', 'on Monday', 'past'],
			['context', null, undefined],
			['event', 'on 3 March', 'future'],
			['event', 'on Monday', 'past']
		]);
	});

	it('quotes a sentence that occurs twice with the text around it, so each anchors once', () => {
		const story = draftToStory(draft, {
			id: 's',
			title: 'S',
			include: 'proposed',
			undatedAsContext: true
		});
		const first = story.events[0]!.excerpts[0]!;
		expect(first.prefix).toBe('');
		expect(first.suffix).toBe('\nHe said talks would go on.\nA st');
		const loaded = loadStory(story, 's.json');
		expect(loaded.ok).toBe(true);
		if (!loaded.ok) return;
		const starts = loaded.story.events
			.filter((event) => event.when.text === 'on Monday')
			.map((event) => event.excerpts[0]!.start)
			.sort((x, y) => x - y);
		expect(starts).toEqual([0, article.lastIndexOf('The minister')]);
	});
});

describe('the story file of a draft', () => {
	it('loads without a publisher, saying it was not given rather than naming one', () => {
		const story = draftToStory(
			{ ...draft, input: { ...draft.input, publisher: ' ' } },
			{ id: 's', title: 'S', include: 'proposed', undatedAsContext: true }
		);
		expect(story.sources[0]!.publisher).toBe('Publisher not given');
		// The first line is the headline; the summary, the sentence after it.
		expect(story.summary).toBe('He said talks would go on.');
		expect(loadStory(story, 's.json').ok).toBe(true);
	});

	it('proposes the first line as the headline, the kind by the words, the sentence as summary', () => {
		const story = draftToStory(draft, {
			id: 's',
			title: 'S',
			include: 'proposed',
			undatedAsContext: true
		});
		expect(story.sources[0]!.title).toBe('The minister met union leaders on Monday.');
		expect(story.events[0]).toMatchObject({
			kind: 'meeting',
			summary: 'The minister met union leaders on Monday.'
		});
		const none = draftToStory(draft, {
			...{ id: 's', title: 'S', include: 'proposed', undatedAsContext: true },
			headline: ' '
		});
		expect(none.sources[0]!.title).toBeNull();
	});

	it('carries the editor’s summary, kind and place, and the story’s summary, into the file', () => {
		const edited = edit(draft, strike, {
			summary: 'Rail workers walk out.',
			kind: 'announcement',
			place: { name: 'London', timeZone: 'Europe/London' }
		});
		const story = draftToStory(edited, {
			id: 's',
			title: 'S',
			include: 'proposed',
			undatedAsContext: true,
			summary: 'A week of strikes.',
			headline: 'Strike called'
		});
		expect(story).toMatchObject({ summary: 'A week of strikes.' });
		expect(story.sources[0]!.title).toBe('Strike called');
		expect(story.events.find((e) => e.id === strike)).toMatchObject({
			summary: 'Rail workers walk out.',
			kind: 'announcement',
			place: { name: 'London', timeZone: 'Europe/London' }
		});
		expect(loadStory(story, 's.json').ok).toBe(true);
		// A place emptied again is no place.
		const cleared = edit(edited, strike, { place: { name: '', timeZone: '' } });
		expect(find(cleared, strike)).not.toHaveProperty('place');
	});

	it('counts what the accepted proposals make, as the file will hold it', () => {
		const accepted = [monday, said, strike].reduce((d, id) => setStatus(d, id, 'accepted'), draft);
		const story = draftToStory(accepted, {
			...{ id: 's', title: 'S', include: 'accepted', undatedAsContext: false }
		});
		expect(acceptedCounts(accepted)).toEqual({
			events: story.events.length,
			context: story.context!.length,
			undated: 0
		});
		expect(acceptedCounts(accepted)).toEqual({ events: 2, context: 1, undated: 0 });
		// An accepted event without a date stays out of the file, and is counted apart.
		const undated = {
			...accepted,
			proposals: accepted.proposals.map((p) => (p.id === strike ? { ...p, when: null } : p))
		};
		expect(acceptedCounts(undated)).toEqual({ events: 1, context: 1, undated: 1 });
	});

	it('names no place and quotes each sentence with its offsets', () => {
		const story = draftToStory(draft, {
			id: 's',
			title: 'S',
			include: 'proposed',
			undatedAsContext: true
		});
		for (const event of story.events) {
			expect(event).not.toHaveProperty('place');
			for (const excerpt of event.excerpts) {
				const { start, end } = excerpt as Excerpt;
				expect(article.slice(start, end)).toBe(excerpt.exact);
			}
		}
	});
});

describe('the narrative places an undated sentence', () => {
	it('a quotation run on from a dated sentence is dated by it (inferred, with the reason)', () => {
		const quoted = draftArticle({
			article: 'On Monday he said: “We will fight. We will win.” Then silence.',
			published: '2025-02-27',
			timeZone: 'Europe/London',
			publisher: 'Wire'
		});
		const [said, fight, silence] = quoted.proposals;
		expect(said!.when).toMatchObject({ text: 'On Monday', basis: 'stated' });
		expect(fight!.when).toMatchObject({ text: null, basis: 'inferred', sameAs: said!.id });
		expect(fight!.when!.note).toMatch(/quotation opened in a dated sentence/);
		expect(silence!.role).toBe('context');
		const story = draftToStory(quoted, {
			id: 's',
			title: 'S',
			include: 'proposed',
			undatedAsContext: true
		});
		const loaded = loadStory(story, 's.json');
		expect(loaded.ok && loaded.story.events.map((event) => event.when.start)).toEqual([
			'2025-02-24',
			'2025-02-24'
		]);
	});
});

describe('a quotation over several sentences, merged', () => {
	const quoted = draftArticle({
		article:
			'Talks opened in 1962. On Monday he said: “We will fight. We will win. We will not stop.” Then silence.',
		published: '2025-02-27',
		timeZone: 'Europe/London',
		publisher: 'Wire'
	});
	const ids = quoted.proposals.map((p) => p.id);
	const [opened, said, win, stop, silence] = ids as [string, string, string, string, string];
	/** The date each event of the story resolves to, by id. */
	const load = (d: Draft) => {
		const loaded = loadStory(
			draftToStory(d, { id: 's', title: 'S', include: 'proposed', undatedAsContext: true }),
			's.json'
		);
		expect(loaded.ok, loaded.ok ? '' : JSON.stringify(loaded.issues)).toBe(true);
		return Object.fromEntries(
			(loaded.ok ? loaded.story.events : []).map((e) => [e.id, [e.when.start, e.when.precision]])
		);
	};

	it('dates every sentence the quotation runs on into, and not the one after it', () => {
		expect(quoted.proposals.map((p) => [p.role, p.when?.basis, p.when?.sameAs])).toEqual([
			['event', 'stated', undefined],
			['event', 'stated', undefined],
			['event', 'inferred', said],
			['event', 'inferred', win],
			['context', undefined, undefined]
		]);
		expect(silence).toBeDefined();
		const monday = ['2025-02-24', 'day'];
		expect(load(quoted)).toEqual({
			[opened]: ['1962', 'year'],
			[said]: monday,
			[win]: monday,
			[stop]: monday
		});
	});

	it('a new paragraph that opens the quotation again is not taken for the same words', () => {
		const paragraphs = draftArticle({
			...quoted.input,
			article: 'On Monday he said: “We will fight.\n“We will win.” Then: “Never.'
		});
		expect(paragraphs.proposals.map((p) => p.role)).toEqual(['event', 'context', 'context']);
	});

	it('merging the dated sentence into one it dates keeps the stated date, not a loop', () => {
		const merged = merge(quoted, win, said);
		expect(find(merged, win).when).toMatchObject({ text: 'On Monday', basis: 'stated' });
		expect(find(merged, stop).when).toMatchObject({ sameAs: win });
		const monday = ['2025-02-24', 'day'];
		expect(load(merged)).toEqual({ [opened]: ['1962', 'year'], [win]: monday, [stop]: monday });
	});

	it('merging the dated sentence away moves the sentences it dated to the merged event', () => {
		const merged = merge(quoted, opened, said);
		expect(find(merged, win).when).toMatchObject({ sameAs: opened });
		const year = ['1962', 'year'];
		expect(load(merged)).toEqual({ [opened]: year, [win]: year, [stop]: year });
	});
});

describe('editor operations', () => {
	it('accepts, rejects and renames one proposal only', () => {
		const edited = edit(setStatus(draft, monday, 'accepted'), strike, { title: 'Strike called' });
		expect(find(edited, monday).status).toBe('accepted');
		expect(find(edited, strike)).toMatchObject({ status: 'proposed', title: 'Strike called' });
		expect(find(draft, monday).status).toBe('proposed');
		expect(find(setStatus(draft, said, 'rejected'), said).status).toBe('rejected');
	});

	it('merges two into one event quoting both, and splits it back', () => {
		const merged = merge(setStatus(draft, said, 'accepted'), monday, said);
		expect(merged.proposals).toHaveLength(3);
		const event = find(merged, monday);
		expect(event).toMatchObject({ role: 'event', status: 'accepted', when: { text: 'on Monday' } });
		expect(event.excerpts.map(({ start, end }) => article.slice(start, end))).toEqual([
			'The minister met union leaders on Monday.',
			'He said talks would go on.'
		]);
		const parts = split(merged, monday);
		expect(parts.proposals.map((p) => [p.role, p.when?.text ?? null])).toEqual(
			draft.proposals.map((p) => [p.role, p.when?.text ?? null])
		);
		expect(find(parts, monday).status).toBe('accepted');
	});

	it('merging an undated passage into a dated one keeps the date, whichever comes first', () => {
		const merged = merge(draft, said, strike);
		expect(find(merged, said).when).toMatchObject({ text: 'on 3 March', basis: 'stated' });
	});

	it('changes a date’s basis, turning context into an inferred event', () => {
		const when = {
			text: null,
			basis: 'inferred' as const,
			expression: 'on Monday',
			note: 'Same talks.'
		};
		const edited = setWhen(draft, said, when);
		expect(find(edited, said)).toMatchObject({ role: 'event', when });
		const story = draftToStory(setStatus(edited, said, 'accepted'), {
			id: 's',
			title: 'S',
			include: 'accepted',
			undatedAsContext: false
		});
		expect(story.events.map((e) => e.id)).toEqual([said]);
		expect(again).toBeDefined();
	});
});
