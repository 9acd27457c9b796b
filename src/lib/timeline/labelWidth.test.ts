import { afterEach, describe, expect, it } from 'vitest';
import { setActive } from '$lib/i18n/active';
import { en } from '$lib/i18n/en';
import { catalogue } from '$lib/i18n/loadLocale';
import { LOCALES } from '$lib/i18n/locales';
import { labelSpacing, labelWidth } from './labelWidth';
import { layoutAxis } from './layoutAxis';
import type { LayoutFrame } from './layoutFrame';
import { PLOT_PAD } from './layoutFrame';
import { createTimeScale } from './timeScale';

afterEach(() => setActive('en-GB', en));

describe('labelWidth: about as wide as Chromium draws a label at 12 px', () => {
	it.each([
		// Measured widths, each estimated no narrower, and not much wider.
		['Thu 27 Feb', 67],
		['qua. 17 de set.', 90],
		['mer. 17 sept.', 79],
		['الخميس، 27 فبراير', 97],
		['الأربعاء، 17 سبتمبر', 96]
	])('%s (%i px)', (label, measured) => {
		expect(labelWidth(label) + 8).toBeGreaterThanOrEqual(measured);
		expect(labelWidth(label)).toBeLessThan(measured * 1.3);
	});

	it('gives a vowel sign no width of its own', () => {
		expect(labelWidth('حدثًا')).toBe(labelWidth('حدثا'));
	});

	it('spaces by the widest label', () => {
		expect(labelSpacing(['14:00', 'Thu 27 Feb'])).toBe(Math.ceil(labelWidth('Thu 27 Feb') + 8));
	});
});

describe.each(LOCALES)('the axis in %s', (locale) => {
	// A story's fortnight, and a September week (the longest month names), at several widths.
	const ranges: [string, string][] = [
		['2025-02-19T00:00:00Z', '2025-03-03T00:00:00Z'],
		['2025-09-14T00:00:00Z', '2025-09-21T00:00:00Z'],
		['2025-02-27T00:00:00Z', '2025-02-28T12:00:00Z']
	];
	const cases = ranges.flatMap((range) => [1086, 616, 576, 294].map((width) => ({ range, width })));

	it.each(cases)('$range.0, $width px: no label runs into the next', async ({ range, width }) => {
		setActive(locale, await catalogue(locale));
		const scale = createTimeScale([new Date(range[0]), new Date(range[1])], width, PLOT_PAD);
		const frame = { scale, width, options: { displayTimeZone: 'Europe/London' } };
		const { ticks } = layoutAxis(frame as unknown as LayoutFrame);
		// A phone's plot may hold one tick of a language's long day names (the unit line names the day).
		expect(ticks.length).toBeGreaterThanOrEqual(width > 500 ? 2 : 1);
		// Where each label's box starts and ends: right of its line, or left of it near the edge.
		const boxes = ticks.map((tick) => {
			const w = labelWidth(tick.label);
			return (tick.labelLeft ? [tick.x - 4 - w, tick.x - 4] : [tick.x + 4, tick.x + 4 + w]) as [
				number,
				number
			];
		});
		for (let i = 1; i < boxes.length; i++)
			expect(boxes[i]![0], `${ticks[i - 1]!.label} | ${ticks[i]!.label}`).toBeGreaterThan(
				boxes[i - 1]![1]
			);
		expect(boxes.at(-1)![1]).toBeLessThanOrEqual(width);
	});
});
