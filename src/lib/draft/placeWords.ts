import { resolveDateExpression, type ResolveResult } from '../story/dates/resolveDate';
import type { DraftInput, Mention, Tense } from './types';

type Placement = Pick<Mention, 'date' | 'reason' | 'direction' | 'assumption'>;

const sameDate = (a: ResolveResult, b: ResolveResult): boolean =>
	a.ok && b.ok
		? a.date.startsAt === b.date.startsAt && a.date.endsAt === b.date.endsAt
		: a.ok === b.ok;

/**
 * Resolves date words against the publication. Where the words can mean the last or the
 * next one (a bare weekday, a date without its year, a season), the sentence's tense picks:
 * past tense the last, future tense the next; with no clear tense, the resolver's own rule
 * for the words (a weekday in the publication's week), or no placement at all.
 */
export function placeWords(words: string, tense: Tense, input: DraftInput): Placement {
	const resolve = (direction?: 'past' | 'future') =>
		resolveDateExpression(words, {
			published: input.published,
			publishedTimeZone: input.timeZone,
			timeZone: input.timeZone,
			language: input.language,
			...(direction && { direction })
		});
	const plain = resolve();
	const depends = !sameDate(resolve('past'), resolve('future'));
	const direction = depends && tense !== 'unknown' ? tense : undefined;
	const result = direction ? resolve(direction) : plain;
	if (!result.ok) return { date: null, reason: result.message };
	return {
		date: result.date,
		...(direction && { direction }),
		...(result.assumption && { assumption: result.assumption.message })
	};
}
