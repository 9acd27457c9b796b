/** A paragraph's first sentence, or the whole paragraph when it has no full stop. */
export function firstSentence(paragraph: string): string {
	const match = /^.+?[.!?](?=\s|$)/.exec(paragraph);
	return match ? match[0] : paragraph;
}

/** At most `max` characters, cut at a word where one is near, ending in "…" when cut. */
export function shorten(words: string, max: number): string {
	if (words.length <= max) return words;
	const cut = words.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}
