import { TZDate } from '@date-fns/tz';
import { readMarks, type AnnotatedArticle } from './annotated';
import { goldValue } from './goldValue';
import { emptyTally, scoreArticle, type Judge, type Reading, type Tally } from './score';

export type Tagger = (text: string, published: string, timeZone: string) => Reading[];

/** Misses are kept with the article they are in. */
export interface ArticleTally extends Tally {
	missesIn: {
		article: string;
		words: string;
		value: string;
		found: string | null;
		outcome: string;
	}[];
}

/** Scores `tagger` on `articles`, judging its readings with `judge` (see score.ts). */
export function evaluate(articles: AnnotatedArticle[], tagger: Tagger, judge: Judge): ArticleTally {
	const tally: ArticleTally = { ...emptyTally(), missesIn: [] };
	for (const article of articles) {
		const { text, marks } = readMarks(article);
		const golds = marks.map((mark) => ({ ...mark, gold: goldValue(mark.value, article.timeZone) }));
		const [y, m, d] = article.published.split('-').map(Number) as [number, number, number];
		const day = {
			from: new TZDate(y, m - 1, d, article.timeZone).getTime(),
			to: new TZDate(y, m - 1, d + 1, article.timeZone).getTime()
		};
		const before = tally.misses.length;
		scoreArticle(tally, golds, tagger(text, article.published, article.timeZone), day, judge);
		for (const miss of tally.misses.slice(before))
			tally.missesIn.push({ article: article.id, ...miss });
	}
	return tally;
}
