/**
 * The languages the interface speaks, and which one a reader gets: the embed's `lang`
 * option, else the story's `language`, else English (GB). A tag is matched on its language,
 * then its region where that changes the words: `en-US` and `en-GB` apart, `fr-CA` as `fr`.
 */
export const LOCALES = ['en-GB', 'en-US', 'fr', 'de', 'es', 'it', 'pt', 'uk', 'ar'] as const;

export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en-GB';

const RIGHT_TO_LEFT: ReadonlySet<Locale> = new Set(['ar']);

/** The supported locale a BCP 47 tag asks for, or null when none speaks its language. */
export function matchLocale(tag: string | null | undefined): Locale | null {
	if (!tag) return null;
	let canonical: string;
	try {
		canonical = Intl.getCanonicalLocales(tag.trim())[0] ?? '';
	} catch {
		return null;
	}
	const [language, ...rest] = canonical.toLowerCase().split('-');
	if (language === 'en') return rest.includes('us') ? 'en-US' : 'en-GB';
	return LOCALES.find((locale) => locale === language) ?? null;
}

/** The reader's locale: the host's choice, else the story's language, else English. */
export function pickLocale(option: string | null | undefined, storyLanguage?: string): Locale {
	return matchLocale(option) ?? matchLocale(storyLanguage) ?? DEFAULT_LOCALE;
}

export type Direction = 'ltr' | 'rtl';

/** The writing direction of a locale, for `dir`. */
export function direction(locale: Locale): Direction {
	return RIGHT_TO_LEFT.has(locale) ? 'rtl' : 'ltr';
}

/**
 * Which way time runs across the timeline: as the locale writes (right to left in Arabic),
 * unless the host's `flow` option asks for `ltr` or `rtl`. Any other `flow` is ignored,
 * with a warning that says what was expected.
 */
export function timeFlow(
	locale: Locale,
	flow: string | null
): { value: Direction; warning: string | null } {
	const asked = flow?.trim() || null;
	if (asked === 'ltr' || asked === 'rtl') return { value: asked, warning: null };
	const warning =
		asked === null ? null : `ignoring flow=${JSON.stringify(asked)}: expected ltr or rtl`;
	return { value: direction(locale), warning };
}

/**
 * A locale's name in its own language ("français", "العربية", "British English"), as a
 * language picker lists them: a reader finds their language by its own name.
 */
export function localeName(locale: Locale): string {
	return new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
}

/**
 * A language tag as Open Graph's `og:locale` writes it, language_TERRITORY: `en-GB` is
 * `en_GB`, and a tag without a territory takes its likeliest (`fr` is `fr_FR`).
 */
export function openGraphLocale(tag: string): string {
	let locale: Intl.Locale;
	try {
		locale = new Intl.Locale(tag.trim()).maximize();
	} catch {
		return openGraphLocale(DEFAULT_LOCALE);
	}
	return locale.region ? `${locale.language}_${locale.region}` : locale.language;
}
