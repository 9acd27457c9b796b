/**
 * How many passages support an event, and where: "2 highlighted in the article", or
 * "3 highlighted in 2 sources" when they are in several (one article is no longer true then).
 */
export function passageCount(excerpts: ReadonlyArray<{ source: string }>): string {
	const sources = new Set(excerpts.map((excerpt) => excerpt.source)).size;
	const where = sources > 1 ? `${sources} sources` : 'the article';
	return `${excerpts.length} highlighted in ${where}`;
}
