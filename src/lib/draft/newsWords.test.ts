import { describe, expect, it } from 'vitest';
import { loadStory } from '../story/loadStory';
import { CALENDAR_WORDS } from './calendarWords.rows';
import { NEWS_WORDS } from './newsWords.rows';
import { NOT_DATES } from './notDates.rows';
import { draftArticle } from './proposals';
import { draftToStory } from './toStory';
import type { DraftInput } from './types';

const draft = (article: string, published = '2025-02-28', timeZone = 'America/New_York') =>
	draftArticle({ article, published, timeZone, publisher: 'The Paper' });

/** The mention over the first occurrence of `words` in the article, if any. */
function mentionOver(article: string, words: string, found: ReturnType<typeof draft>) {
	const at = article.indexOf(words);
	expect(at, `“${words}” is in the sentence`).toBeGreaterThanOrEqual(0);
	return found.mentions.find((m) => m.start < at + words.length && at < m.end);
}

describe('news date words, read against the publication day and zone', () => {
	it.each([...NEWS_WORDS, ...CALENDAR_WORDS])(
		'$kind: “$words” in “$sentence” ($published, $timeZone)',
		(row) => {
			const found = draft(row.sentence, row.published, row.timeZone);
			const mention = mentionOver(row.sentence, row.words, found);
			expect(mention?.reason).toBeUndefined();
			expect(mention?.date).toMatchObject(row.expected);
			if (!row.expected.modifier) expect(mention?.date).not.toHaveProperty('modifier');
		}
	);
});

describe('words that are no dates', () => {
	it.each(NOT_DATES)('$kind: “$words” in “$sentence”', (row) => {
		const found = draft(row.sentence, row.published, row.timeZone);
		expect(mentionOver(row.sentence, row.words, found)).toBeUndefined();
	});
});

describe('what a reading takes for granted is said in the proposal’s note', () => {
	const rows = [
		{ sentence: 'The deficit grew in fiscal 1990.', note: /United States government’s: 1 October/ },
		{ sentence: 'Profit rose in the third quarter.', note: /calendar year/ },
		{
			sentence: 'The road was shut last winter.',
			note: /northern hemisphere/,
			zone: 'Europe/London'
		},
		{
			sentence: 'The road was shut last winter.',
			note: /southern hemisphere \(the zone Australia\/Sydney/,
			zone: 'Australia/Sydney'
		},
		{
			sentence: 'Profit fell from $3 million a year earlier.',
			note: /Counted back from the publication/
		}
	];
	it.each(rows)('$sentence ($zone)', ({ sentence, note, zone }) => {
		const [proposal] = draft(sentence, '2025-02-28', zone).proposals;
		expect(proposal?.when).toMatchObject({ basis: 'stated', note: expect.stringMatching(note) });
	});
});

describe('counting words count from the date before them in the paragraph', () => {
	const article =
		'The plant opened on 3 May 2024. Three months later it closed. Two days later it was sold.\nA year earlier, sales fell.\nThe mill shut in 1996. Three days later it reopened.';
	const found = draft(article);
	const byWords = (words: string) => found.mentions.find((m) => m.words === words);

	it.each([
		{
			words: 'Three months later',
			date: { start: '2024-08', precision: 'month' },
			from: 'on 3 May 2024'
		},
		// From a month: a day after it is not known, so this one is not counted.
		{ words: 'Two days later', date: null, from: undefined },
		// A new paragraph: counted from the publication, as the resolver says it does.
		{ words: 'A year earlier', date: { start: '2024', precision: 'year' }, from: undefined },
		{ words: 'Three days later', date: null, from: undefined }
	])('$words', ({ words, date, from }) => {
		const mention = byWords(words);
		if (date) expect(mention?.date).toMatchObject(date);
		else expect(mention?.date).toBeNull();
		expect(mention?.countedFrom).toBe(from);
	});

	it('says why a count from a coarser date is not made', () => {
		expect(byWords('Two days later')?.reason).toMatch(/“Three months later”.*not known to the day/);
		expect(byWords('Three days later')?.reason).toMatch(/“in 1996”.*not known to the day/);
	});

	it('proposes a counted date as inferred, with its expression and reason, and the story loads', () => {
		const proposal = found.proposals.find((p) => p.when?.text === 'Three months later');
		expect(proposal?.when).toMatchObject({
			basis: 'inferred',
			expression: '2024-08',
			note: expect.stringContaining('“on 3 May 2024”')
		});
		const story = draftToStory(found, {
			id: 'd',
			title: 'D',
			include: 'proposed',
			undatedAsContext: true
		});
		expect(loadStory(story, 'd').ok).toBe(true);
	});
});

describe('"now" and "recently" date a sentence only when nothing else does', () => {
	it.each([
		{ sentence: 'Lee, who now runs the firm, said on Monday it would grow.', when: 'on Monday' },
		{ sentence: 'The firm now employs 300 people.', when: 'now' },
		{ sentence: 'The union recently rejected the offer.', when: 'recently' }
	])('$sentence', ({ sentence, when }) => {
		expect(draft(sentence).proposals[0]?.when?.text).toBe(when);
	});
});

describe('drafting stays whole on long input', () => {
	it('reads a long article of every kind of phrasing in one go, as each sentence alone', () => {
		const input: DraftInput = {
			article: NEWS_WORDS.filter(
				(row) => row.published === '2025-02-28' && row.timeZone === 'America/New_York'
			)
				.map((row) => row.sentence)
				.join('\n'),
			published: '2025-02-28',
			timeZone: 'America/New_York',
			publisher: 'The Paper'
		};
		const found = draftArticle(input);
		expect(found.mentions.filter((m) => m.date === null)).toEqual([]);
	});
});

describe('reported speech and deadlines: what was said to come is the target, never the date of the saying', () => {
	const rows = [
		{
			sentence:
				'Desai told a packed meeting that the repairs would be finished ‘by the end of the year’.',
			when: null,
			target: 'by the end of the year'
		},
		{
			sentence: 'He said: “We will sign the deal on Monday.”',
			when: null,
			target: 'on Monday'
		},
		{
			sentence: 'The council said on Monday that the road would reopen by Friday.',
			when: 'on Monday',
			target: 'by Friday'
		},
		{
			sentence: 'Officials said Tuesday that the plant would close.',
			when: 'Tuesday',
			target: undefined
		},
		// No past telling: a future date dates a future event, and a deadline alone dates it too.
		{ sentence: 'The minister will visit Kyiv on Monday.', when: 'on Monday', target: undefined },
		{ sentence: 'Britain will spend more on defence by 2027.', when: 'by 2027', target: undefined }
	];
	it.each(rows)('$sentence', ({ sentence, when, target }) => {
		const [proposal] = draft(sentence).proposals;
		expect(proposal?.when?.text ?? null).toBe(when);
		expect(proposal?.target?.text).toBe(target);
		if (when === null)
			expect(proposal?.why).toMatch(/^Not dated: .*no words say when the happening/);
	});

	it('reads a date looked ahead to as the next one, whatever the telling’s tense', () => {
		const found = draft('The firm said on Monday it would close the plant on Thursday.');
		expect(found.mentions.map((m) => m.date?.start)).toEqual(['2025-02-24', '2025-03-06']);
	});
});

describe('"the quarter" is the quarter the article named before it', () => {
	const article =
		'Widget Inc. reported third-quarter earnings on Wednesday.\nRevenue in the quarter rose 12 percent.';
	const found = draft(article, '2023-10-26');

	it('takes the date of the last quarter named, as an inferred date with its note', () => {
		const mention = found.mentions.find((m) => m.words === 'in the quarter');
		expect(mention?.date).toMatchObject({ start: '2023-07', end: '2023-09' });
		const proposal = found.proposals.find((p) => p.when?.text === 'in the quarter');
		expect(proposal?.when).toMatchObject({
			basis: 'inferred',
			expression: '2023-07/2023-09',
			note: expect.stringContaining('“third-quarter”')
		});
		const story = draftToStory(found, {
			id: 'q',
			title: 'Q',
			include: 'proposed',
			undatedAsContext: true
		});
		expect(loadStory(story, 'q').ok).toBe(true);
	});

	it('stays unplaced, saying why, where no quarter was named before', () => {
		const alone = draft('Revenue in the quarter rose 12 percent.', '2023-10-26');
		expect(alone.mentions[0]).toMatchObject({
			date: null,
			reason: expect.stringMatching(/no quarter is named before/)
		});
	});
});
