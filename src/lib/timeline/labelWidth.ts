/**
 * About how wide an axis label is drawn (Axis.svelte: 0.75rem, 12 px, in the system's sans
 * serif), from its characters alone: the layout runs in Node too (prerendered pages), where
 * nothing can be measured. Measured in Chromium at 12 px: Latin and Cyrillic letters and
 * digits run 6 to 7 px ("Thu 27 Feb" 67 px, "qua. 17 de set." 90 px), Arabic letters about
 * 5 to 5.7 ("الخميس، 27 فبراير" 97 px); each is counted a little wide, so labels spaced by
 * these widths keep apart. Combining marks (Arabic vowel signs) take no width of their own.
 */
const LATIN_PX = 6.5;
const ARABIC_PX = 5.8;
/** The least room between two labels. */
const GAP_PX = 8;

const ARABIC = /\p{Script=Arabic}/u;
const MARK = /\p{M}/u;

/** The estimated width of `label`, in CSS pixels. */
export function labelWidth(label: string): number {
	let width = 0;
	for (const char of label) {
		if (MARK.test(char)) continue;
		width += ARABIC.test(char) && !/\d/.test(char) ? ARABIC_PX : LATIN_PX;
	}
	return width;
}

/** How far apart ticks must be for the widest of `labels` to keep clear of the next one. */
export function labelSpacing(labels: readonly string[]): number {
	let widest = 0;
	for (const label of labels) widest = Math.max(widest, labelWidth(label));
	return Math.ceil(widest + GAP_PX);
}
