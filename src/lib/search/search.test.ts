import { describe, expect, it } from 'vitest';
import { facetChoices, noFilters, toggleFilter, type Searchable } from './filters';
import { fold } from './fold';
import { markTerms } from './highlight';
import { narrows, queryTerms } from './query';
import { searchDoc } from './searchDocs';
import { SearchIndex } from './searchIndex';
import { readSearch, writeSearch } from './searchParams';
import { matchStatus } from './status';

function event(
	overrides: Partial<Searchable> & { basis?: Searchable['when']['basis'] }
): Searchable {
	const { basis = 'stated', ...rest } = overrides;
	return {
		title: 'Untitled',
		summary: '',
		actors: [],
		kind: 'other',
		when: { basis },
		excerpts: [],
		...rest
	};
}

const events: Searchable[] = [
	event({
		title: 'Starmer flies to Washington',
		summary: 'The prime minister travels.',
		actors: ['Keir Starmer'],
		kind: 'travel',
		group: 'Diplomacy'
	}),
	event({
		title: 'Minerals deal signed',
		summary: 'Ukraine and the US agree.',
		actors: ['Volodymyr Zelenskyy', 'Donald Trump'],
		kind: 'announcement',
		group: 'Ukraine',
		basis: 'inferred',
		excerpts: [{ exact: 'a deal on rare earths' }]
	}),
	event({
		title: 'Meeting at the Élysée',
		summary: 'Talks in Paris.',
		actors: ['Emmanuel Macron', 'Keir Starmer'],
		kind: 'meeting',
		place: { name: 'Paris', timeZone: 'Europe/Paris' },
		basis: 'editorial'
	})
];

const index = () => new SearchIndex(events.map(searchDoc));
const titles = (positions: ArrayLike<number>) => Array.from(positions, (i) => events[i]!.title);

describe('queryTerms', () => {
	it.each([
		['', []],
		['   ', []],
		['Minerals', ['minerals']],
		['minerals  DEAL', ['minerals', 'deal']],
		['"rare earths" deal', ['rare earths', 'deal']],
		['"unclosed phrase', ['unclosed phrase']],
		['min minerals', ['minerals']],
		['deal deal', ['deal']],
		['Élysée', ['elysee']],
		['.* (a|b)+ [x]', ['.*', '(a|b)+', '[x]']]
	])('%j → %j', (text, terms) => expect(queryTerms(text)).toEqual(terms));

	it('reads at most 200 characters and 12 words', () => {
		expect(queryTerms('a'.repeat(500))).toEqual(['a'.repeat(200)]);
		expect(queryTerms(Array.from({ length: 20 }, (_, i) => `w${i}x`).join(' '))).toHaveLength(12);
	});

	it.each([
		[['min'], ['mine'], true],
		[['mine'], ['min'], false],
		[['deal'], ['deal', 'ukraine'], true],
		[['deal', 'ukraine'], ['deal'], false],
		[[], ['x'], true]
	])('narrows(%j, %j) is %s', (a, b, expected) => expect(narrows(a, b)).toBe(expected));
});

describe('SearchIndex', () => {
	it.each([
		['washington', ['Starmer flies to Washington']],
		['prime minister', ['Starmer flies to Washington']],
		['keir', ['Starmer flies to Washington', 'Meeting at the Élysée']],
		['zelenskyy', ['Minerals deal signed']],
		['"rare earths"', ['Minerals deal signed']],
		['paris', ['Meeting at the Élysée']],
		['elysee', ['Meeting at the Élysée']],
		['ukraine', ['Minerals deal signed']],
		['diplomacy', ['Starmer flies to Washington']],
		['starmer paris', ['Meeting at the Élysée']],
		['nothing-like-this', []],
		['.*', []]
	])('finds %j in titles, summaries, actors, places, groups and quotes', (text, expected) => {
		expect(titles(index().search(queryTerms(text), noFilters()))).toEqual(expected);
	});

	it('does not run a phrase from one field into the next', () => {
		expect(titles(index().search(['washington the prime'], noFilters()))).toEqual([]);
	});

	it.each([
		[{ group: ['Ukraine'] }, ['Minerals deal signed']],
		[{ kind: ['meeting', 'travel'] }, ['Starmer flies to Washington', 'Meeting at the Élysée']],
		[{ basis: ['inferred', 'editorial'] }, ['Minerals deal signed', 'Meeting at the Élysée']],
		[{ actor: ['Keir Starmer'] }, ['Starmer flies to Washington', 'Meeting at the Élysée']],
		[{ actor: ['Keir Starmer'], basis: ['editorial'] }, ['Meeting at the Élysée']],
		[{ group: ['No such group'] }, []]
	])('filters %j: any value of a facet, every facet', (chosen, expected) => {
		expect(titles(index().search([], { ...noFilters(), ...chosen }))).toEqual(expected);
	});

	it('gives the same answer narrowing the last search as searching afresh', () => {
		const searched = index();
		const steps = ['s', 'st', 'sta', 'star', 'sta', 'st', 'stx', 'st'];
		for (const text of steps)
			expect(titles(searched.search(queryTerms(text), noFilters()))).toEqual(
				titles(index().search(queryTerms(text), noFilters()))
			);
		const chosen = { ...noFilters(), kind: ['meeting'] };
		expect(titles(searched.search(['star'], chosen))).toEqual(['Meeting at the Élysée']);
		expect(titles(searched.search(['star'], noFilters()))).toHaveLength(2);
	});
});

describe('facetChoices', () => {
	it('offers each facet’s values by count, and no facet with a single value', () => {
		const choices = facetChoices(events);
		expect(choices.actor[0]).toEqual({ value: 'Keir Starmer', count: 2 });
		expect(choices.actor).toHaveLength(4);
		expect(choices.group.map((c) => c.value)).toEqual(['Diplomacy', 'Ukraine']);
		expect(choices.basis.map((c) => c.value)).toEqual(['editorial', 'inferred', 'stated']);
		expect(facetChoices([events[0]!]).kind).toEqual([]);
	});

	it('offers at most 24 values of a facet', () => {
		const many = Array.from({ length: 100 }, (_, i) => event({ actors: [`Actor ${i}`] }));
		expect(facetChoices(many).actor).toHaveLength(24);
	});

	it('toggles a value on and off', () => {
		const on = toggleFilter(noFilters(), 'kind', 'meeting');
		expect(on.kind).toEqual(['meeting']);
		expect(toggleFilter(on, 'kind', 'meeting').kind).toEqual([]);
	});
});

describe('markTerms', () => {
	it.each([
		['Minerals deal signed', ['deal'], ['Minerals ', '[deal]', ' signed']],
		['Minerals deal signed', [], ['Minerals deal signed']],
		['Deal or no deal', ['deal'], ['[Deal]', ' or no ', '[deal]']],
		['Meeting at the Élysée', ['elysee'], ['Meeting at the ', '[Élysée]']],
		['abcdef', ['abc', 'cde'], ['[abcde]', 'f']],
		['<b>bold</b>', ['<b>'], ['[<b>]', 'bold</b>']],
		['in İstanbul', ['istanbul'], ['in ', '[İstanbul]']],
		['nothing', ['zzz'], ['nothing']]
	])('%j marked for %j', (text, terms, runs) => {
		const got = markTerms(text, terms).map((r) => (r.hit ? `[${r.text}]` : r.text));
		expect(got).toEqual(runs);
		expect(got.join('').replace(/[[\]]/g, '')).toBe(text.replace(/[[\]]/g, ''));
	});
});

describe('search in the address', () => {
	it('reads and writes the words and the filters', () => {
		const params = new URLSearchParams('event=x&q=minerals&group=Ukraine&group=Diplomacy&kind=');
		const state = readSearch(params);
		expect(state).toEqual({
			query: 'minerals',
			filters: { ...noFilters(), group: ['Ukraine', 'Diplomacy'] }
		});
		const out = new URLSearchParams('event=x&q=old&actor=Old');
		writeSearch(out, state);
		expect(out.toString()).toBe('event=x&q=minerals&group=Ukraine&group=Diplomacy');
		writeSearch(out, { query: ' ', filters: noFilters() });
		expect(out.toString()).toBe('event=x');
	});

	it('cuts what it reads to size', () => {
		const state = readSearch(new URLSearchParams(`q=${'x'.repeat(300)}&actor=a&actor=a`));
		expect(state.query).toHaveLength(200);
		expect(state.filters.actor).toEqual(['a']);
	});
});

it.each([
	[3, 11, '3 of 11 events match'],
	[0, 11, '0 of 11 events match'],
	[1, 1, '1 of 1 event matches'],
	[2500, 100000, '2,500 of 100,000 events match']
])('matchStatus(%i, %i)', (matching, total, text) =>
	expect(matchStatus(matching, total)).toBe(text)
);

it('folds case and accents', () => expect(fold('ÉLYSÉE Zelenskyy')).toBe('elysee zelenskyy'));
