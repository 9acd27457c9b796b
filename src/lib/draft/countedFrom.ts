import { resolveDateExpression } from '../story/dates/resolveDate';
import type { ResolvedDate } from '../story/types';
import type { DraftInput, Mention } from './types';

/** Words that count from another date: "three months later", "a year earlier". */
const COUNTING = /\b(?:days?|weeks?|months?|years?) (?:later|earlier|after|before)$/i;

/** How finely each unit needs its starting date known: a day, a month, a year. */
const NEEDS: Record<string, number> = { day: 10, week: 10, month: 7, year: 4 };

/** The date an interval starts on, written as finely as it is known (`2024-07`, `1996`). */
function startWords(date: ResolvedDate): string {
	return date.precision === 'instant' ? date.start.slice(0, 10) : date.start;
}

/** The resolved date as an expression the loader reads back (EDTF). */
export function expressionOf(date: ResolvedDate): string {
	return date.start === date.end ? date.start : `${date.start}/${date.end}`;
}

/**
 * Counting words ("three months later", "a year earlier") counted from the nearest placed date
 * before them in the same paragraph, the date the narrative counts from, where that date is
 * known as finely as the words count ("three days later" needs a day). Where there is none,
 * "earlier" stays counted from the publication (the resolver says so) and "later" stays
 * unplaced, with the reason. `mentions` are in text order; one walk, and a binary search per
 * mention for its paragraph.
 */
export function countFromDatesBefore(mentions: Mention[], input: DraftInput): Mention[] {
	const breaks: number[] = [];
	for (let i = input.article.indexOf('\n'); i !== -1; i = input.article.indexOf('\n', i + 1)) {
		breaks.push(i);
	}
	const paragraphOf = (offset: number): number => {
		let low = 0;
		let high = breaks.length;
		while (low < high) {
			const middle = (low + high) >> 1;
			if (breaks[middle]! < offset) low = middle + 1;
			else high = middle;
		}
		return low;
	};
	let anchor: Mention | null = null;
	return mentions.map((mention) => {
		const counting = COUNTING.exec(mention.reading ?? mention.words);
		const from = anchor && paragraphOf(anchor.start) === paragraphOf(mention.start) ? anchor : null;
		const counted = counting && from?.date ? countFrom(mention, from, input) : mention;
		if (counted.date && !counted.deadline) anchor = counted;
		return counted;
	});
}

function countFrom(mention: Mention, from: Mention, input: DraftInput): Mention {
	const date = from.date!;
	const start = startWords(date);
	const read = mention.reading ?? mention.words;
	const unit = /(day|week|month|year)s? \w+$/i.exec(read)?.[1]?.toLowerCase() ?? 'day';
	if (start.length < (NEEDS[unit] ?? 10)) {
		if (mention.date) return mention;
		return {
			...mention,
			reason: `it counts from “${from.words}”, the date before it, which is not known to the ${unit}`
		};
	}
	const result = resolveDateExpression(read, {
		published: start.length === 10 ? start : `${start}-01-01`.slice(0, 10),
		publishedTimeZone: input.timeZone,
		timeZone: input.timeZone,
		language: input.language,
		countsFrom: true
	});
	if (!result.ok) return mention;
	const counted: Mention = { ...mention, date: result.date, countedFrom: from.words };
	delete counted.reason;
	delete counted.assumption;
	return counted;
}
