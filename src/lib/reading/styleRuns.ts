import type { TextStyle } from '$lib/story/types';
import type { Paragraph, Run } from './segments';

interface Boundary {
	at: number;
	step: 1 | -1;
	style: TextStyle;
}

/**
 * Cuts every segment of `paragraphs` where a style of the source starts or ends, and gives
 * each segment that any style touches its `runs` (a plain segment keeps none). One sweep
 * over the segments and the styles' boundaries, both in text order: linear in their number.
 */
export function withStyleRuns(paragraphs: Paragraph[], styles: readonly TextStyle[]): Paragraph[] {
	if (styles.length === 0) return paragraphs;
	const boundaries = styles
		.filter(({ start, end }) => start < end)
		.flatMap((style): Boundary[] => [
			{ at: style.start, step: 1, style },
			{ at: style.end, step: -1, style }
		])
		.sort((a, b) => a.at - b.at || a.step - b.step);
	const open = { emphasis: 0, strong: 0, link: 0, href: null as string | null };
	let next = 0;
	const advanceTo = (at: number) => {
		for (; next < boundaries.length && boundaries[next]!.at <= at; next++) {
			const { step, style } = boundaries[next]!;
			open[style.style] += step;
			if (style.style === 'link') open.href = step === 1 ? (style.href ?? null) : null;
		}
	};
	const plain = () => open.emphasis === 0 && open.strong === 0 && open.link === 0;
	const run = (text: string, start: number): Run => ({
		text,
		start,
		emphasis: open.emphasis > 0,
		strong: open.strong > 0,
		href: open.link > 0 ? open.href : null
	});

	return paragraphs.map((paragraph) => ({
		...paragraph,
		segments: paragraph.segments.map((segment) => {
			const end = segment.start + segment.text.length;
			advanceTo(segment.start);
			if (plain() && (boundaries[next]?.at ?? end) >= end) return segment;
			const runs: Run[] = [];
			for (let from = segment.start; from < end;) {
				const to = Math.min(end, boundaries[next]?.at ?? end);
				runs.push(run(segment.text.slice(from - segment.start, to - segment.start), from));
				from = to;
				advanceTo(from);
			}
			return { ...segment, runs };
		})
	}));
}

/** Runs in a row under one link, or one run under none: a link is one element, whatever styles change inside it. */
export interface LinkGroup {
	href: string | null;
	runs: Run[];
}

export function linkGroups(runs: readonly Run[]): LinkGroup[] {
	const groups: LinkGroup[] = [];
	for (const run of runs) {
		const last = groups.at(-1);
		if (last && run.href !== null && last.href === run.href) last.runs.push(run);
		else groups.push({ href: run.href, runs: [run] });
	}
	return groups;
}
