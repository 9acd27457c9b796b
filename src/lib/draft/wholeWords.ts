/**
 * `alternatives` as whole words, for words with letters beyond ASCII: JavaScript's `\b` knows
 * only ASCII letters, so "déclaré" would have none after its "é".
 */
export const wholeWords = (alternatives: string, flags = 'iu'): RegExp =>
	new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, flags);
