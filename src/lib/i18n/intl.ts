import { activeLocale } from './active';

/**
 * A date format in the page's language, built once per language and options: building an
 * `Intl.DateTimeFormat` costs far more than formatting with one, and marks are named by
 * the thousand. `key` names the options (they are constant where each is used).
 */
const formats = new Map<string, Intl.DateTimeFormat>();

export function dateFormat(key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	const id = `${activeLocale()}|${key}`;
	let format = formats.get(id);
	if (!format) formats.set(id, (format = new Intl.DateTimeFormat(intlLocale(), options)));
	return format;
}

/**
 * The tag `Intl` gets: the page's language, its digits and calendar fixed to the Gregorian
 * calendar the story's dates are counted in (an Arabic reader's default would be another
 * calendar in some regions).
 */
export function intlLocale(): string {
	return `${activeLocale()}-u-ca-gregory`;
}
