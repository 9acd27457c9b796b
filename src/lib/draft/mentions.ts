import { countFromDatesBefore } from './countedFrom';
import { ENGLISH_PACK } from './englishPack';
import type { FoundDate, LanguagePack } from './languagePack';
import { placeWords } from './placeWords';
import { referBackToQuarters } from './refersBack';
import { isPresentWords } from '../story/dates/presentWords';
import { readDateAt, readSentence, type SentenceReading } from './reportedSpeech';
import type { DraftInput, Mention, Tense, TextRange } from './types';

/** The words the resolver reads for a mention: its English reading, or its own words. */
export const wordsRead = (mention: Pick<Mention, 'words' | 'reading'>): string =>
	mention.reading ?? mention.words;

/** Index of the sentence holding the whole range, or -1 (a range across two is dropped). */
function sentenceOf(sentences: TextRange[], { start, end }: TextRange): number {
	let low = 0;
	let high = sentences.length - 1;
	while (low <= high) {
		const middle = (low + high) >> 1;
		const sentence = sentences[middle]!;
		if (start < sentence.start) high = middle - 1;
		else if (start >= sentence.end) low = middle + 1;
		else return end <= sentence.end ? middle : -1;
	}
	return -1;
}

/** A reference instant for chrono: only used to find words, never to date them. */
function referenceInstant(published: string): Date {
	const instant = new Date(published.length === 10 ? `${published}T12:00:00Z` : published);
	return Number.isNaN(instant.getTime()) ? new Date(0) : instant;
}

/** Where the found words are placed: by their English reading, if they are in another language. */
function placeFound(found: FoundDate, words: string, tense: Tense, input: DraftInput) {
	if (found.reading === undefined) return placeWords(words, tense, input);
	if (found.reading === null) return { date: null, reason: found.reason ?? 'no reading' };
	const placed = placeWords(found.reading, tense, input);
	const reading = { reading: found.reading };
	return placed.date
		? { ...placed, ...reading }
		: { ...placed, ...reading, reason: `read as “${found.reading}”: ${placed.reason}` };
}

/**
 * Every date expression in the article, as the language's pack finds them (for English the
 * project's news phrases and chrono-node's finds), each resolved against the publication.
 * Where two overlap, one that can be placed wins over one that cannot, then the longer, then
 * the news phrase; so "at 3pm on Tuesday", which the resolver does not read, gives way to
 * "on Tuesday", which it does.
 */
export function findMentions(
	input: DraftInput,
	sentences: TextRange[],
	pack: LanguagePack = ENGLISH_PACK
): Mention[] {
	const { article } = input;
	const candidates = pack.findDates(article, referenceInstant(input.published));
	const readings = new Map<number, SentenceReading>();
	const readingOf = (index: number): SentenceReading => {
		let reading = readings.get(index);
		if (reading === undefined) {
			const { start, end } = sentences[index]!;
			reading = readSentence(article.slice(start, end), pack.words);
			readings.set(index, reading);
		}
		return reading;
	};

	const placed = candidates
		.map((candidate) => ({ candidate, sentence: sentenceOf(sentences, candidate) }))
		.filter(({ sentence }) => sentence !== -1)
		.map(({ candidate, sentence }) => {
			const { start, end, finder } = candidate;
			const words = article.slice(start, end);
			const { tense, toldIn } = readDateAt(readingOf(sentence), start - sentences[sentence]!.start);
			return {
				start,
				end,
				finder,
				words,
				sentence,
				...placeFound(candidate, words, tense, input),
				...(toldIn && { toldIn })
			};
		});
	placed.sort(
		(a, b) =>
			Number(b.date !== null) - Number(a.date !== null) ||
			b.end - b.start - (a.end - a.start) ||
			Number(b.finder === 'news') - Number(a.finder === 'news') ||
			a.start - b.start
	);

	const taken = new Uint8Array(article.length);
	const kept: Omit<Mention, 'id'>[] = [];
	for (const mention of placed) {
		if (taken.subarray(mention.start, mention.end).some((flag) => flag === 1)) continue;
		taken.fill(1, mention.start, mention.end);
		// "recently" is before publication, not a deadline.
		const deadline = mention.date?.modifier === 'before' && !isPresentWords(wordsRead(mention));
		kept.push({ ...mention, deadline });
	}
	kept.sort((a, b) => a.start - b.start);
	const numbered = kept.map((mention, i) => ({ id: `m${i + 1}`, ...mention }));
	return countFromDatesBefore(referBackToQuarters(numbered), input);
}

/** The mentions of each sentence, by the sentence's index. */
export function mentionsBySentence(mentions: Mention[]): Map<number, Mention[]> {
	const bySentence = new Map<number, Mention[]>();
	for (const mention of mentions) {
		const list = bySentence.get(mention.sentence);
		if (list) list.push(mention);
		else bySentence.set(mention.sentence, [mention]);
	}
	return bySentence;
}
