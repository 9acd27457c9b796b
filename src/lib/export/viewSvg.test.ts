import { describe, expect, it } from 'vitest';
import { loadTestStory, testEvent, testSource, testStory } from '$lib/story/testing';
import { day, seededEvents, timelineEvent } from '$lib/timeline/testEvents';
import { timelineModel, timelineModelOf } from '$lib/timeline/timelineModel';
import { exportWords } from '$lib/i18n/exporting/en';
import { timelineParts } from './timelineParts';
import { transformFor } from './viewLayout';
import { viewSvg } from './viewSvg';
import { xml } from './xml';

/**
 * Checks that a document is well-formed XML of the kind we write: every tag closed in order,
 * attributes quoted, and no `<` or bare `&` in text or attributes. Returns the texts of
 * the `<text>` elements, unescaped.
 */
function checkWellFormed(svg: string): string[] {
	const stack: string[] = [];
	const texts: string[] = [];
	const token = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
	let last = '';
	let match: RegExpExecArray | null;
	let at = 0;
	while ((match = token.exec(svg))) {
		const [whole, closing, name, attributes, selfClosing, text] = match;
		at += whole.length;
		if (text !== undefined) {
			expect(text, 'a bare & in text').not.toMatch(/&(?!(?:amp|lt|gt|quot|apos);)/);
			if (last === 'text')
				texts.push(
					text
						.replaceAll('&lt;', '<')
						.replaceAll('&gt;', '>')
						.replaceAll('&quot;', '"')
						.replaceAll('&apos;', "'")
						.replaceAll('&amp;', '&')
				);
			continue;
		}
		expect(attributes ?? '', 'a bare & in an attribute').not.toMatch(
			/&(?!(?:amp|lt|gt|quot|apos);)/
		);
		if (closing) expect(stack.pop(), `</${name}>`).toBe(name);
		else if (!selfClosing) stack.push(name!);
		last = closing ? '' : name!;
	}
	expect(at, `unparsed from: ${svg.slice(at, at + 80)}`).toBe(svg.length);
	expect(stack).toEqual([]);
	return texts;
}

const HOSTILE = 'Talks <script>alert("x")</script> & “more” \u0007';

function smallPicture(title = HOSTILE) {
	const story = loadTestStory(
		testStory({
			title,
			sources: [testSource({ publisher: 'Smith & Sons <Press>' })],
			events: [
				testEvent('flight', { title }),
				testEvent('guess', {
					when: {
						text: null,
						basis: 'inferred',
						expression: '2025-02-20',
						note: 'By the narrative.'
					}
				})
			]
		})
	);
	const model = timelineModel(story.events, story.eras, story.displayTimeZone);
	return viewSvg({
		story,
		model,
		visible: null,
		width: 1200,
		height: 675,
		parts: timelineParts,
		words: exportWords
	});
}

describe('viewSvg', () => {
	it('writes a well-formed SVG of the given size with every text escaped', () => {
		const { svg } = smallPicture();
		expect(
			svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675"')
		).toBe(true);
		expect(svg).not.toContain('<script');
		const texts = checkWellFormed(svg);
		// The title, whole, with the control character dropped (XML cannot hold it).
		expect(texts).toContain(HOSTILE.replace('\u0007', ''));
		expect(texts).toContain('Sources: Smith & Sons <Press>');
		expect(texts).toContain('Timeline by Sourceline');
	});

	it('draws the legend the screen shows: stated and inferred', () => {
		const texts = checkWellFormed(smallPicture('A week').svg);
		expect(texts).toContain('Stated day');
		expect(texts).toContain('Inferred from the narrative');
		expect(texts).not.toContain('Editorial (outside knowledge)');
	});

	it('draws only the view of a 100,000-event story, and says how many it leaves out', () => {
		const events = seededEvents(100_000);
		const model = timelineModelOf(events, [], 'UTC');
		const t0 = Date.UTC(2025, 5, 1);
		const started = performance.now();
		const picture = viewSvg({
			story: { title: 'Big', sources: [] },
			model,
			visible: [t0, t0 + 2 * day],
			width: 1200,
			height: 675,
			parts: timelineParts,
			words: exportWords
		});
		expect(performance.now() - started).toBeLessThan(5_000);
		expect(picture.total).toBe(100_000);
		expect(picture.drawn).toBeGreaterThan(0);
		expect(picture.drawn).toBeLessThan(200);
		expect(picture.svg.length).toBeLessThan(300_000);
		const texts = checkWellFormed(picture.svg);
		expect(texts).toContain(`This view shows ${picture.drawn} of the story’s 100,000 events`);
	});

	it('says nothing is left out when every event is drawn', () => {
		const texts = checkWellFormed(smallPicture('A week').svg);
		expect(texts.some((text) => text.startsWith('This view shows'))).toBe(false);
	});

	it('runs time right to left on its own, its words kept left to right', () => {
		const story = loadTestStory(testStory({ title: 'A week' }));
		const model = timelineModel(story.events, story.eras, story.displayTimeZone);
		const draw = (timeFlow: 'ltr' | 'rtl') =>
			viewSvg({
				story,
				model,
				visible: null,
				width: 1200,
				height: 675,
				parts: timelineParts,
				words: exportWords,
				timeFlow
			}).svg;
		const labelOf = (svg: string) =>
			/<text x="([\d.]+)"[^>]*font-size="13"[^>]*?(?: text-anchor="(\w+)")?>starmer-flight</.exec(
				svg
			);
		const [, ltrX, ltrAnchor] = labelOf(draw('ltr'))!;
		const mirrored = draw('rtl');
		const [, rtlX, rtlAnchor] = labelOf(mirrored)!;
		expect([ltrAnchor, rtlAnchor]).toEqual([undefined, 'end']);
		// The label's start, `d` from the plot's left edge, is as far from its right one.
		const plotWidth = Number(/<clipPath id="plot"><rect width="([\d.]+)"/.exec(mirrored)![1]);
		expect(Number(ltrX) + Number(rtlX)).toBeCloseTo(plotWidth, 1);
		expect(mirrored).toContain(
			'<text x="40" y="66" font-size="30" font-weight="700" fill="#1b1f24">A week</text>'
		);
		expect(mirrored).not.toContain('\u2067');
	});

	it('puts the visible range across the plot', () => {
		const model = timelineModelOf(
			[timelineEvent('a', 0, day), timelineEvent('b', 10 * day, 11 * day)],
			[],
			'UTC'
		);
		const { k, x } = transformFor(timelineParts, model, 1000, [2 * day, 4 * day]);
		// The fitted scale puts the domain across the width less 12 px either side.
		const base = (t: number) => 12 + ((1000 - 24) * t) / (11 * day);
		expect(k * base(2 * day) + x).toBeCloseTo(0, 6);
		expect(k * base(4 * day) + x).toBeCloseTo(1000, 6);
		expect(transformFor(timelineParts, model, 1000, null)).toEqual({ k: 1, x: 0 });
	});
});

describe('xml', () => {
	it('escapes markup and drops what XML cannot hold', () => {
		expect(xml(`<a href="x">'&'</a>\u0000\uD800`)).toBe(
			'&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;'
		);
		expect(xml('emoji 😀 stays')).toBe('emoji 😀 stays');
	});
});
