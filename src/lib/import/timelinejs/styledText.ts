import type { TextStyleInput } from '../../story/storyInput';

/** Which look a run of words has: emphasis (`<em>`, `<i>`), bold (`<strong>`, `<b>`), a link. */
export type StyleKind = TextStyleInput['style'];

/** A style over `text.slice(start, end)` of the text it belongs to. */
export interface Span {
	start: number;
	end: number;
	style: StyleKind;
	href?: string;
}

/** Plain text and the styles over it, in text order. */
export interface StyledText {
	text: string;
	styles: Span[];
}

export const unstyled = (text: string): StyledText => ({ text, styles: [] });

/** The parts joined by `separator`, each part's styles moved to where it lands. */
export function joinStyled(parts: readonly StyledText[], separator: string): StyledText {
	const styles: Span[] = [];
	let offset = 0;
	for (const part of parts) {
		for (const span of part.styles)
			styles.push({ ...span, start: span.start + offset, end: span.end + offset });
		offset += part.text.length + separator.length;
	}
	return { text: parts.map((part) => part.text).join(separator), styles };
}

/** The styles as a source's `styles`: each with its words and its offsets, checked on load. */
export function sourceStyles({ text, styles }: StyledText): TextStyleInput[] {
	return styles.map(({ start, end, style, href }) => ({
		exact: text.slice(start, end),
		start,
		end,
		style,
		...(href !== undefined && { href })
	}));
}
