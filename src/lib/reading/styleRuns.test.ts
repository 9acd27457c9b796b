import { describe, expect, it } from 'vitest';
import type { TextStyle } from '$lib/story/types';
import { segmentText } from './segments';
import { linkGroups, withStyleRuns } from './styleRuns';

const text = 'One two three.\nFour five.\n';
const style = (exact: string, kind: TextStyle['style'], href?: string): TextStyle => {
	const start = text.indexOf(exact);
	return { exact, start, end: start + exact.length, style: kind, ...(href && { href }) };
};

/** Each segment as its text, then its runs as `words[e][s][→ address]`, where it has any. */
function shown(styles: TextStyle[], passage = { start: 4, end: 13 }) {
	const paragraphs = segmentText(text, [{ ...passage, eventId: 'e' }]);
	return withStyleRuns(paragraphs, styles).map((p) =>
		p.segments.map((segment) =>
			segment.runs
				? segment.runs
						.map(
							(run) =>
								`${run.text}${run.emphasis ? '[e]' : ''}${run.strong ? '[s]' : ''}${run.href ? `[→ ${run.href}]` : ''}`
						)
						.join('|')
				: segment.text
		)
	);
}

describe('withStyleRuns', () => {
	it('leaves a source without styles as it is', () => {
		const paragraphs = segmentText(text, []);
		expect(withStyleRuns(paragraphs, [])).toBe(paragraphs);
	});

	it.each<{ name: string; styles: TextStyle[]; expected: string[][] }>([
		{
			name: 'a style inside a passage cuts it into runs; plain segments stay whole',
			styles: [style('three', 'emphasis')],
			expected: [['One ', 'two |three[e]', '.'], ['Four five.']]
		},
		{
			name: 'a style across a passage’s edge styles both sides',
			styles: [style('One two', 'strong')],
			expected: [['One [s]', 'two[s]| three', '.'], ['Four five.']]
		},
		{
			name: 'styles that overlap add up, and a link keeps its address',
			styles: [style('two three', 'emphasis'), style('three', 'link', 'https://a.test/')],
			expected: [['One ', 'two [e]|three[e][→ https://a.test/]', '.'], ['Four five.']]
		},
		{
			name: 'a style over a line break styles each paragraph’s part',
			styles: [style('three.\nFour', 'emphasis')],
			expected: [['One ', 'two |three[e]', '.[e]'], ['Four[e]| five.']]
		}
	])('$name', ({ styles, expected }) => {
		expect(shown(styles)).toEqual(expected);
	});

	it('runs keep every character and their offsets', () => {
		const [first] = withStyleRuns(segmentText(text, []), [style('two', 'emphasis')]);
		expect(first!.segments[0]!.runs!.map(({ text, start }) => [text, start])).toEqual([
			['One ', 0],
			['two', 4],
			[' three.', 7]
		]);
	});
});

describe('linkGroups', () => {
	it('keeps the runs in a row under one link together, whatever else changes', () => {
		const run = (text: string, href: string | null, emphasis = false) => ({
			text,
			start: 0,
			emphasis,
			strong: false,
			href
		});
		const groups = linkGroups([
			run('a', null),
			run('b', null),
			run('c', 'https://a.test/'),
			run('d', 'https://a.test/', true),
			run('e', 'https://b.test/')
		]);
		expect(groups.map((g) => [g.href, g.runs.map((r) => r.text).join('')])).toEqual([
			[null, 'a'],
			[null, 'b'],
			['https://a.test/', 'cd'],
			['https://b.test/', 'e']
		]);
	});
});
