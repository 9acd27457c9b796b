import { activeLocale } from './active';
import type { Plural } from './en';

const rules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

function ruleFor(locale: string): Intl.PluralRules {
	let rule = rules.get(locale);
	if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
	return rule;
}

/** A count in the page's language: "12,345", "12 345", "١٢٬٣٤٥". */
export function formatCount(n: number): string {
	const locale = activeLocale();
	let format = numbers.get(locale);
	if (!format) numbers.set(locale, (format = new Intl.NumberFormat(locale)));
	return format.format(n);
}

/** The form of `forms` that `n` takes in the page's language, its `{n}` the count written out. */
export function plural(forms: Plural, n: number): string {
	const category = ruleFor(activeLocale()).select(n) as keyof Plural;
	const form = forms[category] ?? forms.other;
	return fill(form, { n: formatCount(n) });
}

/** A message with its `{name}` places filled. Values are text: nothing is read as markup. */
export function fill(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in values ? String(values[name]) : whole
	);
}
