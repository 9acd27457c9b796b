/**
 * Text as search compares it: lower case, accents taken off (`Zelenskyy` and `zelenskyy`,
 * `Élysée` and `elysee` match). One pass over the text; no regular expression from the reader.
 */

const MARKS = /\p{M}/gu;

/** The folded form of `text`. */
export function fold(text: string): string {
	return text.normalize('NFD').replace(MARKS, '').toLowerCase();
}

/**
 * The folded form of `text` with, for each of its UTF-16 units, the offset in `text` it came
 * from (and one more entry: the end), so a match found in the folded text can be marked in
 * the original. Folded a character at a time: `İ` or `ß` may fold to more units than they had.
 */
export function foldWithOffsets(text: string): { folded: string; offsets: number[] } {
	let folded = '';
	const offsets: number[] = [];
	let i = 0;
	for (const char of text) {
		const f = fold(char);
		folded += f;
		for (let k = 0; k < f.length; k++) offsets.push(i);
		i += char.length;
	}
	offsets.push(i);
	return { folded, offsets };
}
