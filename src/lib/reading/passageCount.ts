import { t } from '$lib/i18n/active';
import { fill, plural } from '$lib/i18n/plural';

/**
 * How many passages support an event, and where: "2 highlighted in the article", or
 * "3 highlighted in 2 sources" when they are in several (one article is no longer true then).
 */
export function passageCount(excerpts: ReadonlyArray<{ source: string }>): string {
	const sources = new Set(excerpts.map((excerpt) => excerpt.source)).size;
	const words = t().details;
	if (sources > 1) return fill(plural(words.inSources, excerpts.length), { sources });
	return plural(words.inArticle, excerpts.length);
}
