import { describe, expect, it } from 'vitest';
import { en, type Plural } from './en';
import { authoringCatalogue } from './authoring/words';
import { authoringEn } from './authoring/en';
import { searchEn } from './search/en';
import { searchCatalogue } from './search/words';
import { catalogue } from './loadLocale';
import { LOCALES, type Locale } from './locales';

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

// The reader's catalogues, the search's, and the editor's and drafting page's, each set against its English one.
const SETS: [string, Tree, (locale: Locale) => Promise<unknown>][] = [
	['reader', en as unknown as Tree, catalogue],
	['authoring', authoringEn as unknown as Tree, authoringCatalogue],
	['search', searchEn as unknown as Tree, searchCatalogue]
];

describe.each(
	SETS.flatMap(([set, source, load]) => LOCALES.map((locale) => ({ set, locale, source, load })))
)('the $set catalogue in $locale', ({ locale, source, load }) => {
	const english = paths(source);

	it('has every message of the English one, of the same kind, and no other', async () => {
		const messages = paths((await load(locale)) as unknown as Tree);
		expect([...messages.keys()].sort()).toEqual([...english.keys()].sort());
		for (const [path, kind] of english) expect(messages.get(path), path).toBe(kind);
	});

	it('gives each plural every form its language has', async () => {
		const messages = (await load(locale)) as unknown as Tree;
		const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
		for (const [path, kind] of english) {
			if (kind !== 'plural') continue;
			const forms = at(messages, path) as Plural;
			for (const category of categories)
				expect(forms[category as keyof Plural], `${path}.${category}`).toBeTypeOf('string');
		}
	});

	it.skipIf(locale.startsWith('en'))(
		'is translated: few messages read as the English',
		async () => {
			const messages = (await load(locale)) as unknown as Tree;
			const same = [...english].filter(
				([path, kind]) =>
					kind === 'text' &&
					at(messages, path) === at(source, path) &&
					/[a-z]{4}/.test(String(at(source, path)))
			);
			// A word may be the same ("Source", "Passages", "Media"); a catalogue copied is not.
			expect(same.length, same.map(([path]) => path).join(', ')).toBeLessThan(english.size * 0.06);
		}
	);

	it('keeps the places ({n}, {date}…) the English message fills', async () => {
		const messages = (await load(locale)) as unknown as Tree;
		for (const [path, kind] of english) {
			const original = at(source, path);
			const target = at(messages, path);
			if (kind === 'text')
				expect(placesOf(target as string), path).toEqual(placesOf(original as string));
			else {
				// A form may say its count in words ("حدثان"), but never a place English lacks.
				const allowed = new Set(placesOf((original as Plural).other));
				for (const form of Object.values(target as Plural))
					for (const place of placesOf(form)) expect(allowed, `${path}: ${place}`).toContain(place);
			}
		}
	});
});
