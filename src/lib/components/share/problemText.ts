import type { ChoiceProblem } from '$lib/embed/host/embedChoices';
import { activeLocale } from '$lib/i18n/active';
import { fill } from '$lib/i18n/plural';
import type { SharingMessages } from '$lib/i18n/sharing/en';

/** Why the Embed dialog left a choice out of the code, in the dialog's words. */
export function problemText(problem: ChoiceProblem, words: SharingMessages): string {
	const said = words.problems;
	if (problem.kind === 'backwards') return said.backwards;
	if (problem.kind === 'accentFormat') return fill(said.accentFormat, { value: problem.value });
	// Two decimals, as the contrast checkers newsrooms use write it: 1.51:1, not 1.5:1.
	const number = new Intl.NumberFormat(activeLocale(), {
		minimumFractionDigits: 2,
		maximumFractionDigits: 2
	});
	return fill(problem.theme === 'light' ? said.accentLight : said.accentDark, {
		colour: problem.colour,
		surface: problem.surface,
		ratio: number.format(problem.ratio),
		needed: new Intl.NumberFormat(activeLocale()).format(problem.needed)
	});
}
