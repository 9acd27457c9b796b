import { describe, expect, it } from 'vitest';
import type { Plural } from './en';
import { LOCALES, type Locale } from './locales';

/**
 * The checks every set of messages passes against its English reference, in each language:
 * the same messages, of the same kind; every plural form the language has; the same places.
 * For tests only.
 */

type Tree = { [key: string]: string | Plural | Tree };

const PLURAL_KEYS = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);
const isPlural = (value: unknown): value is Plural =>
	typeof value === 'object' &&
	value !== null &&
	'other' in value &&
	Object.keys(value).every((key) => PLURAL_KEYS.has(key));

/** Every message's path, and whether it is a plural. */
function paths(tree: Tree, prefix = ''): Map<string, 'text' | 'plural'> {
	const found = new Map<string, 'text' | 'plural'>();
	for (const [key, value] of Object.entries(tree)) {
		const path = `${prefix}${key}`;
		if (typeof value === 'string') found.set(path, 'text');
		else if (isPlural(value)) found.set(path, 'plural');
		else for (const [inner, kind] of paths(value, `${path}.`)) found.set(inner, kind);
	}
	return found;
}

function at(tree: Tree, path: string): unknown {
	return path.split('.').reduce<unknown>((node, key) => (node as Tree)[key], tree);
}

const placesOf = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

export function checkCatalogues(
	name: string,
	reference: object,
	load: (locale: Locale) => Promise<object>
): void {
	const en = reference as Tree;
	const english = paths(en);
	const catalogue = async (locale: Locale) => (await load(locale)) as Tree;
	describe.each(LOCALES)(`the %s ${name}`, (locale) => {
		it('has every message of the English one, of the same kind, and no other', async () => {
			const messages = paths(await catalogue(locale));
			expect([...messages.keys()].sort()).toEqual([...english.keys()].sort());
			for (const [path, kind] of english) expect(messages.get(path), path).toBe(kind);
		});

		it.skipIf(![...english.values()].includes('plural'))(
			'gives each plural every form its language has',
			async () => {
				const messages = await catalogue(locale);
				const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
				for (const [path, kind] of english) {
					if (kind !== 'plural') continue;
					const forms = at(messages, path) as Plural;
					for (const category of categories)
						expect(forms[category as keyof Plural], `${path}.${category}`).toBeTypeOf('string');
				}
			}
		);

		it.skipIf(locale.startsWith('en'))(
			'is translated: few messages read as the English',
			async () => {
				const messages = await catalogue(locale);
				const same = [...english].filter(
					([path, kind]) =>
						kind === 'text' &&
						at(messages, path) === at(en, path) &&
						/[a-z]{4}/.test(String(at(en, path)))
				);
				// A word may be the same ("Source", "Passages", "Media"); a catalogue copied is not.
				expect(same.length, same.map(([path]) => path).join(', ')).toBeLessThan(
					Math.max(3, english.size * 0.06)
				);
			}
		);

		it('keeps the places ({n}, {date}…) the English message fills', async () => {
			const messages = await catalogue(locale);
			for (const [path, kind] of english) {
				const source = at(en, path);
				const target = at(messages, path);
				if (kind === 'text')
					expect(placesOf(target as string), path).toEqual(placesOf(source as string));
				else {
					// A form may say its count in words ("حدثان"), but never a place English lacks.
					const allowed = new Set(placesOf((source as Plural).other));
					for (const form of Object.values(target as Plural))
						for (const place of placesOf(form))
							expect(allowed, `${path}: ${place}`).toContain(place);
				}
			}
		});
	});
}
