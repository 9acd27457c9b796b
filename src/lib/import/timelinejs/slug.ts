/** A slug from any words: `Rózsa Péter writes recursion` → `rozsa-peter-writes-recursion`. */
export function slugify(words: string, maxLength = 60): string {
	const slug = words
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (slug.length <= maxLength) return slug;
	const cut = slug.slice(0, maxLength);
	const lastHyphen = cut.lastIndexOf('-');
	return lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : cut.replace(/-+$/, '');
}

/** Hands out unique slugs: a repeat gets `-2`, `-3`, …; empty words get `fallback`. */
export function uniqueSlugs(): (words: string, fallback: string) => string {
	const used = new Set<string>();
	/** The next number to try for each base, so many repeats stay linear. */
	const next = new Map<string, number>();
	return (words, fallback) => {
		const base = slugify(words) || fallback;
		let slug = base;
		let n = next.get(base) ?? 2;
		while (used.has(slug)) slug = `${base}-${n++}`;
		next.set(base, n);
		used.add(slug);
		return slug;
	};
}
