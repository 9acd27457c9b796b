import { describe, expect, it } from 'vitest';
import type { TextStyleInput } from './storyInput';
import { loadIssues, loadTestStory, testEvent, testSource, testStory } from './testing';

// TEST_TEXT: 'Starmer flew to Washington on Tuesday.'
const styled = (styles: TextStyleInput[]) => testStory({ sources: [testSource({ styles })] });

describe('a source’s styles', () => {
	it('are found in the text by their words, or by offsets that fit, and kept in text order', () => {
		const story = loadTestStory(
			styled([
				{ exact: 'Tuesday', style: 'emphasis' },
				{ exact: 'Washington', start: 16, end: 26, style: 'link', href: 'https://example.org/dc' },
				{ exact: 'Starmer', start: 3, end: 10, style: 'strong' }
			])
		);
		expect(story.sources[0]!.styles).toEqual([
			{ exact: 'Starmer', start: 0, end: 7, style: 'strong' },
			{ exact: 'Washington', start: 16, end: 26, style: 'link', href: 'https://example.org/dc' },
			{ exact: 'Tuesday', start: 30, end: 37, style: 'emphasis' }
		]);
	});

	it('words that occur twice are told apart by a prefix', () => {
		const text = 'Starmer flew on Tuesday, and again on Tuesday.';
		const story = loadTestStory(
			testStory({
				sources: [
					testSource({
						text,
						styles: [{ exact: 'Tuesday', prefix: 'again on ', style: 'emphasis' }]
					})
				],
				events: [
					testEvent('flight', {
						excerpts: [{ source: 'paper', exact: 'Starmer flew on Tuesday,' }]
					})
				]
			})
		);
		expect(story.sources[0]!.styles).toEqual([
			{ exact: 'Tuesday', start: 38, end: 45, style: 'emphasis' }
		]);
	});

	it.each<{ name: string; styles: TextStyleInput[]; field: string; message: RegExp }>([
		{
			name: 'words not in the source',
			styles: [
				{ exact: 'Starmer', style: 'strong' },
				{ exact: 'Paris', style: 'emphasis' }
			],
			field: 'sources[0].styles[1].exact',
			message: /not in the source verbatim/
		},
		{
			name: 'words that occur twice with nothing to tell them apart',
			styles: [{ exact: 'a', style: 'emphasis' }],
			field: 'sources[0].styles[0].exact',
			message: /more than once/
		},
		{
			name: 'a link inside another',
			styles: [
				{ exact: 'Starmer flew', style: 'link', href: 'https://a.test/' },
				{ exact: 'flew', style: 'link', href: 'https://b.test/' }
			],
			field: 'sources[0].styles[1]',
			message: /overlaps the link at styles\[0\]/
		},
		{
			name: 'a link with no address',
			styles: [{ exact: 'Starmer', style: 'link' }],
			field: 'sources[0].styles[0].href',
			message: /needs "href"/
		},
		{
			name: 'a link that is not http(s)',
			styles: [{ exact: 'Starmer', style: 'link', href: 'javascript:alert(1)' }],
			field: 'sources[0].styles[0].href',
			message: /not an http\(s\) URL/
		},
		{
			name: 'an address on emphasis',
			styles: [{ exact: 'Starmer', style: 'emphasis', href: 'https://a.test/' }],
			field: 'sources[0].styles[0].href',
			message: /only for a link/
		},
		{
			name: 'a style that is none of the three',
			styles: [{ exact: 'Starmer', style: 'underline' as 'strong' }],
			field: 'sources[0].styles[0].style',
			message: /Expected one of "emphasis", "strong", "link"/
		}
	])('$name is refused at its place', ({ styles, field, message }) => {
		const issues = loadIssues(styled(styles));
		expect(issues).toContainEqual(
			expect.objectContaining({ field, message: expect.stringMatching(message) })
		);
	});
});
