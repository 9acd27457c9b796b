import { describe, expect, it } from 'vitest';
import { GERMAN_WORDS } from './germanWords';
import { guessKind } from './kind';
import {
	by,
	day,
	draftIn,
	fixture,
	FRIDAY,
	intervalOf,
	mentionOf,
	month,
	span,
	WEDNESDAY,
	year,
	type PhraseRow
} from './languageTesting';
import { splitSentences } from './sentences';
import { draftToStory } from './toStory';

const BERLIN = 'Europe/Berlin';

/** Read against a Friday's publication in Berlin unless a row says otherwise. */
const ROWS: PhraseRow[] = [
	// A weekday in a past sentence: the last one, or the publication day itself.
	{
		sentence: 'Der Bürgermeister trat am Freitag zurück.',
		words: 'am Freitag',
		expected: day(FRIDAY)
	},
	{
		sentence: 'Der Bürgermeister trat am Dienstag zurück.',
		words: 'am Dienstag',
		expected: day('2025-02-25')
	},
	{
		sentence: 'Der Rat hat am Dienstag den Vertrag unterzeichnet.',
		words: 'am Dienstag',
		expected: day('2025-02-25')
	},
	{
		sentence: 'Die Polizei nahm am Mittwoch einen Mann fest.',
		words: 'am Mittwoch',
		expected: day(WEDNESDAY),
		published: WEDNESDAY
	},
	{
		sentence: 'Die Polizei nahm am Donnerstag einen Mann fest.',
		words: 'am Donnerstag',
		expected: day('2025-02-20'),
		published: WEDNESDAY
	},
	{
		sentence: 'Der Rat wird am Dienstag abstimmen.',
		words: 'am Dienstag',
		expected: day('2025-03-04')
	},
	{
		sentence: 'Die Sitzung wurde letzten Freitag abgesagt.',
		words: 'letzten Freitag',
		expected: day('2025-02-21')
	},
	// Dates with an ordinal, with and without the year.
	{ sentence: 'Der Rat stimmte am 3. März ab.', words: 'am 3. März', expected: day('2024-03-03') },
	{
		sentence: 'Die Wahl findet am 3. März 2025 statt.',
		words: 'am 3. März 2025',
		expected: day('2025-03-03')
	},
	{
		sentence: 'Der Rat wird am 28. Februar entscheiden.',
		words: 'am 28. Februar',
		expected: day(FRIDAY)
	},
	// Words counted from the publication.
	{
		sentence: 'Gestern nahm die Polizei zwei Männer fest.',
		words: 'Gestern',
		expected: day('2025-02-27')
	},
	{ sentence: 'Das Museum öffnet morgen wieder.', words: 'morgen', expected: day('2025-03-01') },
	{
		sentence: 'Letzte Woche sprach der Bürgermeister mit Anwohnern.',
		words: 'Letzte Woche',
		expected: span('2025-02-17', '2025-02-23')
	},
	{
		sentence: 'Vor zwei Wochen schloss das Rathaus.',
		words: 'Vor zwei Wochen',
		expected: span('2025-02-10', '2025-02-16')
	},
	{
		sentence: 'Der Bürgermeister trat letzten Monat zurück.',
		words: 'letzten Monat',
		expected: month('2025-01')
	},
	{
		sentence: 'Die Fabrik schließt nächstes Jahr.',
		words: 'nächstes Jahr',
		expected: year('2026')
	},
	// A month alone: a month, the one the tense points to.
	{ sentence: 'Im März hat der Rat abgestimmt.', words: 'Im März', expected: month('2024-03') },
	{ sentence: 'Die Brücke wird im Juni eröffnet.', words: 'im Juni', expected: month('2025-06') },
	{ sentence: 'Die Brücke wurde im Juni eröffnet.', words: 'im Juni', expected: month('2024-06') },
	{
		sentence: 'Die Arbeiten sollen im Januar beginnen.',
		words: 'im Januar',
		expected: month('2026-01')
	},
	{ sentence: 'Die Brücke wurde 1962 gebaut.', words: '1962', expected: year('1962') },
	// Parts of a day and times, in the publication's zone.
	{
		sentence: 'Die Polizei hat am Dienstagabend zwei Männer festgenommen.',
		words: 'am Dienstagabend',
		expected: {
			start: '2025-02-25T18:00:00+01:00',
			end: '2025-02-26T00:00:00+01:00',
			precision: 'span'
		}
	},
	{
		sentence: 'Die Sitzung beginnt am 3. März 2025 um 14 Uhr.',
		words: 'am 3. März 2025 um 14 Uhr',
		expected: {
			start: '2025-03-03T14:00:00+01:00',
			end: '2025-03-03T14:00:00+01:00',
			precision: 'instant'
		}
	},
	// Deadlines.
	{
		sentence: 'Die Straße bleibt bis Ende des Jahres gesperrt.',
		words: 'bis Ende des Jahres',
		expected: by(FRIDAY, '2025-12-31')
	},
	{
		sentence: 'Die Schule soll bis zum 30. Juni fertig sein.',
		words: 'bis zum 30. Juni',
		expected: by(FRIDAY, '2025-06-30')
	}
];

describe('German date words, read by the project’s own rules', () => {
	it.each(ROWS)('“$words” in “$sentence”', async ({ sentence, words, expected, published }) => {
		const draft = await draftIn('de', sentence, published ?? FRIDAY, BERLIN);
		expect(intervalOf(mentionOf(draft, words))).toEqual(expected);
	});

	it('counts “drei Tage später” from the date before it', async () => {
		const draft = await draftIn(
			'de',
			'Am 3. Februar kündigte der Bürgermeister das Projekt an. Drei Tage später lehnte der Rat es ab.',
			FRIDAY,
			BERLIN
		);
		const later = mentionOf(draft, 'Drei Tage später');
		expect(intervalOf(later)).toEqual(day('2025-02-06'));
		expect(later.countedFrom).toBe('Am 3. Februar');
	});
});

describe('German words that are no date', () => {
	it.each([
		'Der Preis stieg um 1,35 Euro.',
		'Die Partei erhielt 20,5 Prozent.',
		'Am frühen Morgen brannte eine Scheune.',
		'Die Stadt hat 2000 Einwohner.'
	])('finds no date words in “%s”', async (sentence) => {
		const draft = await draftIn('de', sentence, FRIDAY, BERLIN);
		expect(draft.mentions).toEqual([]);
	});
});

describe('German reported speech', () => {
	it('makes a deadline inside „…“ the target, not the date of the telling', async () => {
		const draft = await draftIn(
			'de',
			'„Die Arbeiten werden bis Ende des Jahres abgeschlossen“, sagte der Bürgermeister am Montag.',
			FRIDAY,
			BERLIN
		);
		const [proposal] = draft.proposals;
		expect(proposal!.when).toMatchObject({ text: 'am Montag', expression: 'Monday' });
		expect(intervalOf(mentionOf(draft, 'am Montag'))).toEqual(day('2025-02-24'));
		expect(proposal!.target).toMatchObject({ text: 'bis Ende des Jahres' });
		expect(mentionOf(draft, 'bis Ende des Jahres').toldIn).toBe('sagte');
	});

	it('leaves a quotation that only looks ahead undated, with its date as the target', async () => {
		const draft = await draftIn(
			'de',
			'„Wir werden den Vertrag im Juni unterzeichnen“, sagte die Bürgermeisterin.',
			FRIDAY,
			BERLIN
		);
		const [proposal] = draft.proposals;
		expect(proposal!.when).toBeNull();
		expect(proposal!.target).toMatchObject({ text: 'im Juni', expression: 'June' });
		expect(intervalOf(mentionOf(draft, 'im Juni'))).toEqual(month('2025-06'));
	});
});

describe('German kinds of happening, by the German words', () => {
	const rows = [
		{ sentence: 'Der Kanzler traf am Montag den Präsidenten.', kind: 'meeting' },
		{ sentence: 'Das Treffen fand in Paris statt.', kind: 'meeting' },
		{ sentence: 'Beim Gipfeltreffen in Brüssel ging es um Zölle.', kind: 'meeting' },
		{ sentence: 'Das Gespräch dauerte zwei Stunden.', kind: 'meeting' },
		{ sentence: 'Die Ministerin besuchte am Dienstag die Fabrik.', kind: 'visit' },
		{ sentence: 'Der Staatsbesuch endet am Freitag.', kind: 'visit' },
		{ sentence: 'Er reiste am Sonntag nach Washington.', kind: 'travel' },
		{ sentence: 'Die Kanzlerin flog nach Kiew.', kind: 'travel' },
		{ sentence: 'Das Flugzeug landete um 9 Uhr in Berlin.', kind: 'travel' },
		{ sentence: 'Sie kam am Montag in Berlin an.', kind: 'travel' },
		{ sentence: 'Der Präsident traf am Abend in Rom ein.', kind: 'travel' },
		{ sentence: 'Die Regierung kündigte am Mittwoch neue Hilfen an.', kind: 'announcement' },
		{ sentence: 'Die Ankündigung kam überraschend.', kind: 'announcement' },
		{ sentence: 'Er versprach niedrigere Steuern.', kind: 'announcement' },
		{ sentence: '„Wir bauen weiter“, sagte die Bürgermeisterin.', kind: 'statement' },
		{ sentence: 'Der Minister erklärte, die Lage sei ernst.', kind: 'statement' },
		{ sentence: 'Sie betonte die Bedeutung der Nato.', kind: 'statement' },
		{ sentence: 'Die Polizei warnte vor Glätte.', kind: 'statement' },
		// The more telling word wins over a word of speech.
		{ sentence: 'Er sagte, das Treffen werde stattfinden.', kind: 'meeting' },
		// Whole words only, umlauts and all: no kind inside a longer word.
		{ sentence: 'Die Preise stiegen im März.', kind: 'other' },
		{ sentence: 'Das betrifft vor allem Familien.', kind: 'other' },
		{ sentence: 'Die Regeln betreffen alle Schulen.', kind: 'other' },
		{ sentence: 'Der Vorwurf kam an die Öffentlichkeit nie heran.', kind: 'other' },
		{ sentence: 'Der Umsatz wuchs um 3 Prozent.', kind: 'other' }
	];
	it.each(rows)('$kind: $sentence', ({ sentence, kind }) => {
		expect(guessKind(sentence, GERMAN_WORDS.kinds)).toBe(kind);
	});

	it('drafts each proposal with the kind its German words say', async () => {
		const draft = await draftIn(
			'de',
			'Der Kanzler traf am Dienstag den Präsidenten. Er reiste am Mittwoch nach Rom.',
			FRIDAY,
			BERLIN
		);
		expect(draft.proposals.map((proposal) => proposal.kind)).toEqual(['meeting', 'travel']);
	});
});

describe('German sentences', () => {
	const split = (text: string) =>
		splitSentences(text, GERMAN_WORDS).map(({ start, end }) => text.slice(start, end));

	it('does not end a sentence at an ordinal before its month, nor at Dr., z. B., bzw. or Nr.', () => {
		expect(
			split(
				'Am 3. März 2025 stimmte der Rat ab. Dr. Weber sprach z. B. über die Nr. 5 bzw. die Nr. 6. Das Amt schloss am 28. Februar.'
			)
		).toEqual([
			'Am 3. März 2025 stimmte der Rat ab.',
			'Dr. Weber sprach z. B. über die Nr. 5 bzw. die Nr. 6.',
			'Das Amt schloss am 28. Februar.'
		]);
	});

	it('still ends a sentence at a figure that no month follows', () => {
		expect(split('Der Zähler stand bei 12. Danach fiel er.')).toEqual([
			'Der Zähler stand bei 12.',
			'Danach fiel er.'
		]);
	});
});

describe('a German local news story, drafted end to end', () => {
	const published = '2025-03-14';
	const article = fixture('bruecke-lindenau.de.txt');

	it('proposes each sentence’s date as the project’s rules read it', async () => {
		const draft = await draftIn('de', article, published, BERLIN);
		expect(draft.sentences).toHaveLength(11);
		expect(
			draft.proposals.map((proposal) => [
				proposal.role,
				proposal.when?.text ?? null,
				proposal.target?.text ?? null
			])
		).toEqual([
			['context', null, null],
			['event', 'am Dienstag', null],
			['event', 'vor zwei Wochen', null],
			['event', 'am 3. März', null],
			['event', null, 'bis Ende des Jahres'],
			['event', 'letzte Woche', null],
			['event', 'Gestern', null],
			['event', 'im April', null],
			['event', 'am Montag', null],
			['event', '1962', null],
			['context', null, null]
		]);
		const words = [
			'am Dienstag',
			'vor zwei Wochen',
			'am 3. März',
			'bis Ende des Jahres',
			'letzte Woche',
			'Gestern',
			'im April',
			'am Montag',
			'1962'
		];
		expect(words.map((found) => intervalOf(mentionOf(draft, found)))).toEqual([
			day('2025-03-11'),
			span('2025-02-24', '2025-03-02'),
			day('2025-03-03'),
			by(published, '2025-12-31'),
			span('2025-03-03', '2025-03-09'),
			day('2025-03-13'),
			month('2025-04'),
			day('2025-03-17'),
			year('1962')
		]);
	});

	it('writes a story in German whose dates the loader resolves', async () => {
		const { loadStory } = await import('../story/loadStory');
		const draft = await draftIn('de', article, published, BERLIN);
		const story = draftToStory(draft, {
			id: 'bruecke',
			title: 'Brücke',
			include: 'proposed',
			undatedAsContext: true
		});
		expect(story.language).toBe('de');
		const loaded = loadStory(story, 'bruecke.json');
		expect(loaded.ok).toBe(true);
		if (!loaded.ok) return;
		const monday = loaded.story.events.find((event) => event.when.text === 'am Montag');
		expect(monday?.when).toMatchObject({ start: '2025-03-17', end: '2025-03-17' });
	});
});
