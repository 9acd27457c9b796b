import { describe, expect, it } from 'vitest';
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
import { FRENCH_WORDS } from './frenchWords';
import { guessKind } from './kind';
import { draftToStory } from './toStory';

const PARIS = 'Europe/Paris';

/** Read against a Friday's publication in Paris unless a row says otherwise. */
const ROWS: PhraseRow[] = [
	// A weekday in a past sentence: the last one, or the publication day itself.
	{ sentence: 'Le maire a démissionné vendredi.', words: 'vendredi', expected: day(FRIDAY) },
	{ sentence: 'Le maire a démissionné mardi.', words: 'mardi', expected: day('2025-02-25') },
	{
		sentence: 'La police a arrêté un suspect mercredi.',
		words: 'mercredi',
		expected: day(WEDNESDAY),
		published: WEDNESDAY
	},
	{
		sentence: 'La police a arrêté un suspect jeudi.',
		words: 'jeudi',
		expected: day('2025-02-20'),
		published: WEDNESDAY
	},
	{ sentence: 'Le conseil votera mardi.', words: 'mardi', expected: day('2025-03-04') },
	{
		sentence: 'La réunion aura lieu vendredi prochain.',
		words: 'vendredi prochain',
		expected: day('2025-03-07')
	},
	// A date without its year, the way the tense points.
	{ sentence: 'Le conseil a voté le 3 mars.', words: 'le 3 mars', expected: day('2024-03-03') },
	{ sentence: 'Le conseil votera le 3 mars.', words: 'le 3 mars', expected: day('2025-03-03') },
	{
		sentence: 'Le traité a été signé le 12 mars 2024.',
		words: 'le 12 mars 2024',
		expected: day('2024-03-12')
	},
	{
		sentence: 'Les élections ont eu lieu le 1er février.',
		words: 'le 1er février',
		expected: day('2025-02-01')
	},
	// Words counted from the publication.
	{ sentence: 'Hier, la police a arrêté deux hommes.', words: 'Hier', expected: day('2025-02-27') },
	{ sentence: 'Le musée rouvrira demain.', words: 'demain', expected: day('2025-03-01') },
	{
		sentence: 'La semaine dernière, le maire a parlé aux habitants.',
		words: 'La semaine dernière',
		expected: span('2025-02-17', '2025-02-23')
	},
	{
		sentence: 'Il y a deux semaines, la mairie a fermé.',
		words: 'Il y a deux semaines',
		expected: span('2025-02-10', '2025-02-16')
	},
	{
		sentence: 'Le maire a démissionné le mois dernier.',
		words: 'le mois dernier',
		expected: month('2025-01')
	},
	{
		sentence: 'L’usine fermera l’année prochaine.',
		words: 'l’année prochaine',
		expected: year('2026')
	},
	// A month alone: a month, the one the tense points to.
	{ sentence: 'Le conseil a voté en mars.', words: 'en mars', expected: month('2024-03') },
	{ sentence: 'Le chantier sera terminé en juin.', words: 'en juin', expected: month('2025-06') },
	{ sentence: 'Le chantier a été terminé en juin.', words: 'en juin', expected: month('2024-06') },
	{
		sentence: 'Le chantier va commencer en janvier.',
		words: 'en janvier',
		expected: month('2026-01')
	},
	{ sentence: 'Le pont avait été construit en 1962.', words: 'en 1962', expected: year('1962') },
	// A time, in the publication's zone.
	{
		sentence: 'Le conseil se réunira le 3 mars 2025 à 14h30.',
		words: 'le 3 mars 2025 à 14h30',
		expected: {
			start: '2025-03-03T14:30:00+01:00',
			end: '2025-03-03T14:30:00+01:00',
			precision: 'instant'
		}
	},
	// Deadlines.
	{
		sentence: 'La route sera fermée d’ici la fin de l’année.',
		words: 'd’ici la fin de l’année',
		expected: by(FRIDAY, '2025-12-31')
	},
	{
		sentence: 'Le pont doit rouvrir d’ici le 30 juin.',
		words: 'd’ici le 30 juin',
		expected: by(FRIDAY, '2025-06-30')
	}
];

describe('French date words, read by the project’s own rules', () => {
	it.each(ROWS)('“$words” in “$sentence”', async ({ sentence, words, expected, published }) => {
		const draft = await draftIn('fr', sentence, published ?? FRIDAY, PARIS);
		expect(intervalOf(mentionOf(draft, words))).toEqual(expected);
	});

	it('keeps the article’s words and gives the story the reading as the expression', async () => {
		const draft = await draftIn('fr', 'La semaine dernière, le maire a parlé.', FRIDAY, PARIS);
		expect(draft.proposals[0]!.when).toEqual({
			text: 'La semaine dernière',
			basis: 'stated',
			expression: 'last week',
			// "fr" names no region, and French weeks start on Sunday in Canada: the note says so.
			note: expect.stringMatching(
				/^Weeks are taken to run Monday to Sunday.*\(fr\) names no region/
			)
		});
	});

	it('counts “trois jours plus tard” from the date before it', async () => {
		const draft = await draftIn(
			'fr',
			'Le 3 février, le maire a annoncé le projet. Trois jours plus tard, le conseil l’a rejeté.',
			FRIDAY,
			PARIS
		);
		const later = mentionOf(draft, 'Trois jours plus tard');
		expect(intervalOf(later)).toEqual(day('2025-02-06'));
		expect(later.countedFrom).toBe('Le 3 février');
	});
});

describe('French words that are no date, or none the resolver reads', () => {
	it.each([
		'Le taux est passé à 3,5 % en un an.',
		'Le projet coûte 2,5 millions d’euros.',
		'Le maire a sept adjoints.',
		'Il est arrivé à 14 h.'
	])('finds no date words in “%s”', async (sentence) => {
		const draft = await draftIn('fr', sentence, FRIDAY, PARIS);
		expect(draft.mentions).toEqual([]);
		expect(draft.proposals[0]!.role).toBe('context');
	});

	it('leaves “dans deux semaines” unplaced, saying how it was read', async () => {
		const draft = await draftIn('fr', 'Il viendra dans deux semaines.', FRIDAY, PARIS);
		const mention = mentionOf(draft, 'dans deux semaines');
		expect(mention.date).toBeNull();
		expect(mention.reason).toMatch(/^read as “in 2 weeks”: /);
	});
});

describe('French reported speech', () => {
	it('makes a deadline inside « … » the target, not the date of the telling', async () => {
		const draft = await draftIn(
			'fr',
			'«\u00a0Les travaux seront terminés d’ici la fin de l’année\u00a0», a déclaré le maire lundi.',
			FRIDAY,
			PARIS
		);
		const [proposal] = draft.proposals;
		expect(proposal!.when).toMatchObject({
			text: 'lundi',
			expression: 'Monday',
			direction: 'past'
		});
		expect(proposal!.target).toMatchObject({ text: 'd’ici la fin de l’année' });
		expect(intervalOf(mentionOf(draft, 'lundi'))).toEqual(day('2025-02-24'));
	});

	it('leaves a quotation that only looks ahead undated, with its date as the target', async () => {
		const draft = await draftIn(
			'fr',
			'«\u00a0Nous signerons le contrat en juin\u00a0», a déclaré le maire.',
			FRIDAY,
			PARIS
		);
		const [proposal] = draft.proposals;
		expect(proposal!.when).toBeNull();
		expect(proposal!.target).toMatchObject({ text: 'en juin', expression: 'June' });
		expect(mentionOf(draft, 'en juin').toldIn).toBe('a déclaré');
	});

	it('reads what “seraient” looks ahead to after the past telling', async () => {
		const draft = await draftIn(
			'fr',
			'Le maire a déclaré lundi que les travaux seraient terminés en juin.',
			FRIDAY,
			PARIS
		);
		expect(intervalOf(mentionOf(draft, 'en juin'))).toEqual(month('2025-06'));
		expect(draft.proposals[0]!.target).toMatchObject({ text: 'en juin' });
	});
});

describe('French kinds of happening, by the French words', () => {
	const rows = [
		{ sentence: 'Le maire a rencontré le préfet mardi.', kind: 'meeting' },
		{ sentence: 'Le sommet de Bruxelles s’est ouvert jeudi.', kind: 'meeting' },
		{ sentence: 'Les deux dirigeants se sont entretenus au téléphone.', kind: 'meeting' },
		{ sentence: 'La ministre est en visite à Lyon.', kind: 'visit' },
		{ sentence: 'Le roi a visité l’usine lundi.', kind: 'visit' },
		{ sentence: 'Le président s’est rendu à Berlin.', kind: 'travel' },
		{ sentence: 'Les ministres se sont rendus à Kiev.', kind: 'travel' },
		{ sentence: 'L’avion a atterri à Orly à 9 h.', kind: 'travel' },
		{ sentence: 'Elle est arrivée à Washington dimanche.', kind: 'travel' },
		{ sentence: 'Son voyage en Chine a duré trois jours.', kind: 'travel' },
		{ sentence: 'Le gouvernement a annoncé un plan.', kind: 'announcement' },
		{ sentence: 'Il a promis une baisse des impôts.', kind: 'announcement' },
		{ sentence: 'La ville a lancé un appel d’offres.', kind: 'announcement' },
		{ sentence: '« Nous tiendrons », a déclaré le maire.', kind: 'statement' },
		{ sentence: 'Selon la préfecture, la route reste fermée.', kind: 'statement' },
		{ sentence: 'Elle a affirmé que rien n’avait changé.', kind: 'statement' },
		// The more telling word wins over a word of speech.
		{ sentence: 'Il a dit que la rencontre aurait lieu.', kind: 'meeting' },
		// Whole words only, accents and all: no kind inside a longer word.
		{ sentence: 'Le vol a eu lieu dans la nuit.', kind: 'other' },
		{ sentence: 'Le débat public a duré deux heures.', kind: 'other' },
		{ sentence: 'Un compromis a été trouvé.', kind: 'other' },
		{ sentence: 'Il s’est rendu compte de son erreur.', kind: 'other' },
		{ sentence: 'Les prix ont augmenté en mars.', kind: 'other' }
	];
	it.each(rows)('$kind: $sentence', ({ sentence, kind }) => {
		expect(guessKind(sentence, FRENCH_WORDS.kinds)).toBe(kind);
	});

	it('drafts each proposal with the kind its French words say', async () => {
		const draft = await draftIn(
			'fr',
			'Le maire a rencontré le préfet mardi. Il s’est rendu à Lyon mercredi.',
			FRIDAY,
			PARIS
		);
		expect(draft.proposals.map((proposal) => proposal.kind)).toEqual(['meeting', 'travel']);
	});
});

describe('French sentences', () => {
	const split = (text: string) =>
		splitSentences(text, FRENCH_WORDS).map(({ start, end }) => text.slice(start, end));

	it('does not end a sentence at M., Mme or av. J.-C.', () => {
		expect(
			split(
				'M. Dupont et Mme Martin ont parlé. Rome fut fondée en 753 av. J.-C. selon la légende. Fin.'
			)
		).toEqual([
			'M. Dupont et Mme Martin ont parlé.',
			'Rome fut fondée en 753 av. J.-C. selon la légende.',
			'Fin.'
		]);
	});

	it('keeps a quotation in « » with its attribution', () => {
		expect(split('«\u00a0Nous signerons.\u00a0», a déclaré le maire. Puis il est parti.')).toEqual([
			'«\u00a0Nous signerons.\u00a0», a déclaré le maire.',
			'Puis il est parti.'
		]);
	});
});

describe('a French local news story, drafted end to end', () => {
	const published = '2025-03-14';
	const article = fixture('pont-saint-aubin.fr.txt');

	it('proposes each sentence’s date as the project’s rules read it', async () => {
		const draft = await draftIn('fr', article, published, PARIS);
		expect(draft.sentences).toHaveLength(11);
		const dates = draft.proposals.map((proposal) => [
			proposal.role,
			proposal.when?.text ?? null,
			proposal.target?.text ?? null
		]);
		expect(dates).toEqual([
			['context', null, null],
			['event', 'mardi', null],
			['event', 'il y a deux semaines', null],
			['event', 'le 3 mars', null],
			['event', null, 'd’ici la fin de l’année'],
			['event', 'la semaine dernière', null],
			['event', 'Hier', null],
			['event', 'en avril', null],
			['event', 'lundi', null],
			['event', 'en 1962', null],
			['context', null, null]
		]);
		expect(
			[
				'mardi',
				'il y a deux semaines',
				'le 3 mars',
				'd’ici la fin de l’année',
				'la semaine dernière',
				'Hier',
				'en avril',
				'lundi',
				'en 1962'
			].map((words) => intervalOf(mentionOf(draft, words)))
		).toEqual([
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

	it('writes a story in French whose dates the loader resolves', async () => {
		const { loadStory } = await import('../story/loadStory');
		const draft = await draftIn('fr', article, published, PARIS);
		const story = draftToStory(draft, {
			id: 'pont',
			title: 'Pont',
			include: 'proposed',
			undatedAsContext: true
		});
		expect(story.language).toBe('fr');
		expect(story.sources[0]!.language).toBe('fr');
		const loaded = loadStory(story, 'pont.json');
		expect(loaded.ok).toBe(true);
		if (!loaded.ok) return;
		const tuesday = loaded.story.events.find((event) => event.when.text === 'mardi');
		expect(tuesday?.when).toMatchObject({ start: '2025-03-11', end: '2025-03-11' });
	});
});
