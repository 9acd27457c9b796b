/** A slug of `text`: lower-case letters and digits, words joined by single hyphens, at most `words` of them; '' if none. */
export function slugOf(text: string, words = Infinity): string {
	return text
		.normalize('NFKD')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.split('-')
		.slice(0, words)
		.join('-');
}

/**
 * Gives each text a slug of up to six of its words not among `taken` (nor given before):
 * `talks-end`, `talks-end-2`… A count a slug keeps the next number, so a thousand sentences
 * of one title cost a thousand steps, not half a million.
 */
export function uniqueSlugs(taken: Iterable<string> = []): (text: string) => string {
	const used = new Set(taken);
	const next = new Map<string, number>();
	return (text) => {
		const slug = slugOf(text, 6) || 'event';
		let id = slug;
		for (let n = next.get(slug) ?? 2; used.has(id); n++) {
			id = `${slug}-${n}`;
			next.set(slug, n + 1);
		}
		used.add(id);
		return id;
	};
}
