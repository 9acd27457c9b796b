/**
 * Slugs: the ids of stories, sources, events and eras. `SLUG` is the schema's rule for them;
 * `slugify` and `uniqueSlugs` make ones that pass it from any words.
 */

/** Lower-case letters and digits in words joined by single hyphens: `starmer-meets-trump`. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The longest id: what an embed's deep link carries (`maxEventIdLength` of the embed protocol). */
export const MAX_SLUG = 200;

export interface SlugLimits {
	/** At most this many characters, cut at a hyphen where one is past the middle. */
	length?: number;
	/** At most this many words. */
	words?: number;
}

/** A slug from any words: `Rózsa Péter writes recursion` → `rozsa-peter-writes-recursion`; '' if none. */
export function slugify(text: string, { length = 60, words = Infinity }: SlugLimits = {}): string {
	const slug = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.split('-')
		.slice(0, words)
		.join('-');
	if (slug.length <= length) return slug;
	const cut = slug.slice(0, length);
	const lastHyphen = cut.lastIndexOf('-');
	return lastHyphen > length / 2 ? cut.slice(0, lastHyphen) : cut.replace(/-+$/, '');
}

/**
 * Hands out slugs of words, each unique and none among `taken`: a repeat gets `-2`, `-3`…;
 * words without a letter or digit get `fallback`. Each base keeps the next number to try, so
 * a thousand repeats of one title cost a thousand steps, not half a million.
 */
export function uniqueSlugs({
	taken = [],
	...limits
}: SlugLimits & { taken?: Iterable<string> } = {}): (text: string, fallback: string) => string {
	const used = new Set(taken);
	const next = new Map<string, number>();
	return (text, fallback) => {
		const base = slugify(text, limits) || fallback;
		let slug = base;
		let n = next.get(base) ?? 2;
		while (used.has(slug)) slug = `${base}-${n++}`;
		next.set(base, n);
		used.add(slug);
		return slug;
	};
}
