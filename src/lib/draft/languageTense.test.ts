import { describe, expect, it } from 'vitest';
import { FRENCH_WORDS } from './frenchWords';
import { GERMAN_WORDS } from './germanWords';
import type { LanguageWords } from './languageWords';
import { readDateAt, readSentence } from './reportedSpeech';
import { firstPastVerb, quotationSpans, sentenceTense } from './tense';
import type { Tense } from './types';

const TENSES: [LanguageWords, string, Tense][] = [
	[FRENCH_WORDS, 'Le maire a déclaré que rien ne changeait.', 'past'],
	[FRENCH_WORDS, 'Les deux villes ont signé un accord.', 'past'],
	[FRENCH_WORDS, 'La salle était pleine.', 'past'],
	[FRENCH_WORDS, 'La maire est arrivée en retard.', 'past'],
	[FRENCH_WORDS, 'Le conseil signera l’accord.', 'future'],
	[FRENCH_WORDS, 'Le conseil va signer l’accord.', 'future'],
	[FRENCH_WORDS, 'Nous voterons le budget.', 'future'],
	[FRENCH_WORDS, 'La ville compte deux ponts.', 'unknown'],
	[FRENCH_WORDS, 'Le maire a un plan.', 'unknown'],
	[GERMAN_WORDS, 'Der Bürgermeister hat das gesagt.', 'past'],
	[GERMAN_WORDS, 'Die Polizei hat am Montag zwei Männer festgenommen.', 'past'],
	[GERMAN_WORDS, 'Der Bürgermeister sagte nichts.', 'past'],
	[GERMAN_WORDS, 'Die Stadt erklärte den Plan.', 'past'],
	[GERMAN_WORDS, 'Der Rat wird den Vertrag unterzeichnen.', 'future'],
	[GERMAN_WORDS, 'Die Stadt hat 5000 Einwohner.', 'unknown'],
	[GERMAN_WORDS, 'Die ersten Gäste kommen heute.', 'unknown']
];

describe('past and future cues beyond English', () => {
	it.each(TENSES)('%#: “%s” is %s', (words, sentence, tense) => {
		expect(sentenceTense(sentence, words)).toBe(tense);
	});

	it('leaves quotations out of the sentence’s own tense', () => {
		expect(sentenceTense('«\u00a0Nous signerons\u00a0», a déclaré le maire.', FRENCH_WORDS)).toBe(
			'past'
		);
		expect(sentenceTense('„Wir werden unterzeichnen“, sagte sie.', GERMAN_WORDS)).toBe('past');
	});

	it('follows a quotation over sentences: left open to the end, closed from the start', () => {
		// „Wir bauen weiter. Bis 2027 wird die Brücke fertig“, sagte sie.
		const opened = 'Sie sagte am Montag: „Wir bauen weiter.';
		expect(quotationSpans(opened, GERMAN_WORDS.quotes)).toEqual([
			[opened.indexOf('„'), opened.length]
		]);
		const closed = 'Bis 2027 wird die Brücke fertig“, sagte sie.';
		expect(quotationSpans(closed, GERMAN_WORDS.quotes)).toEqual([[0, closed.indexOf('“') + 1]]);
		expect(sentenceTense(closed, GERMAN_WORDS)).toBe('past');
		const french = 'Nous signerons en juin\u00a0», a déclaré le maire.';
		expect(sentenceTense(french, FRENCH_WORDS)).toBe('past');
		// A sentence that is all quotation is read as its own words, as in English.
		expect(quotationSpans('„Wir bauen weiter.', GERMAN_WORDS.quotes)).toEqual([]);
		expect(sentenceTense('„Die Brücke wird fertig.', GERMAN_WORDS)).toBe('future');
	});

	it('names the past telling of words that look ahead', () => {
		const french = 'La maire a annoncé lundi que le pont rouvrirait en juin.';
		expect(readDateAt(readSentence(french, FRENCH_WORDS), french.indexOf('en juin'))).toEqual({
			tense: 'future',
			toldIn: 'a annoncé'
		});
		const german = 'Die Bürgermeisterin sagte am Montag, die Brücke werde im Juni eröffnet.';
		expect(readDateAt(readSentence(german, GERMAN_WORDS), german.indexOf('im Juni'))).toEqual({
			tense: 'future',
			toldIn: 'sagte'
		});
	});

	it('finds the auxiliary of a perfect only with its participle in the same clause', () => {
		expect(firstPastVerb('Der Rat hat, so heißt es, einen Plan.', GERMAN_WORDS)).toBeNull();
		expect(firstPastVerb('Der Rat hat den Plan beschlossen.', GERMAN_WORDS)).toEqual({
			word: 'hat',
			index: 8
		});
	});
});
