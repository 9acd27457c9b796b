import type { DateBasis } from '$lib/story/storyInput';
import type { DatePrecision } from '$lib/story/types';
import { t } from '$lib/i18n/active';
import { dateSignLabels, dateSigns } from './dateSigns';
import { bandKind, drawnShape } from './markGeometry';
import type { TimelineEvent } from './timelineEvents';

/** One line of the timeline's legend: a swatch drawn like the marks it stands for. */
export interface LegendEntry {
	/** A point, a bar, a point's bracket over its range, or a point's day in its own zone. */
	shape: 'point' | 'bar' | 'range' | 'zone';
	basis: DateBasis;
	label: string;
}

/** A sign drawn beside marks (see dateSigns.ts), and what it means. */
export interface LegendSign {
	sign: string;
	label: string;
}

/** What a point of these precisions stands for: a day, a time, or a date of any precision. */
function pointLabel(precisions: Set<DatePrecision>): string {
	if (precisions.size === 1 && precisions.has('day')) return t().legend.statedDay;
	if (precisions.size === 1 && precisions.has('instant')) return t().legend.statedTime;
	return t().legend.statedDate;
}

type Drawn = Pick<TimelineEvent, 'precision' | 'basis' | 'extent' | 'start' | 'end' | 'ownZone'>;

/**
 * The legend of a story: only the kinds of mark it draws (a story of inferred years has no
 * "stated day" to explain). Stated dates are told apart by shape: a point, a bar lasting
 * throughout its span; inferred and editorial dates by their pattern, whatever their shape
 * (the swatch takes the shape most of them have). Whatever their basis, a point's bracket
 * (some time within a range) and its pale bar (its day in a zone other than the axis's)
 * are explained where some mark has one. One pass over the events.
 */
export function legendEntries(events: ReadonlyArray<Drawn>): LegendEntry[] {
	const statedPoints = new Set<DatePrecision>();
	let statedSpans = 0;
	let ranges = 0;
	const zoned = new Set<DatePrecision>();
	const patterned = { inferred: { points: 0, bars: 0 }, editorial: { points: 0, bars: 0 } };
	for (const event of events) {
		const bar = drawnShape(event) === 'bar';
		const band = bandKind(event);
		if (band === 'range') ranges++;
		else if (band === 'zone') zoned.add(event.precision);
		if (event.basis === 'stated') {
			if (bar) statedSpans++;
			else if (band !== 'range') statedPoints.add(event.precision);
		} else patterned[event.basis][bar ? 'bars' : 'points']++;
	}
	const words = t().legend;
	const entries: LegendEntry[] = [];
	if (statedPoints.size > 0)
		entries.push({ shape: 'point', basis: 'stated', label: pointLabel(statedPoints) });
	if (ranges > 0) entries.push({ shape: 'range', basis: 'stated', label: words.range });
	if (statedSpans > 0) entries.push({ shape: 'bar', basis: 'stated', label: words.statedSpan });
	if (zoned.size > 0) {
		const label = zoned.size === 1 && zoned.has('day') ? words.zoneDay : words.zoneDate;
		entries.push({ shape: 'zone', basis: 'stated', label });
	}
	for (const basis of ['inferred', 'editorial'] as const) {
		const { points, bars } = patterned[basis];
		if (points + bars > 0)
			entries.push({ shape: bars > points ? 'bar' : 'point', basis, label: words[basis] });
	}
	return entries;
}

/** The date signs some mark of the story carries, in the legend's order. One pass. */
export function legendSigns(
	events: ReadonlyArray<Pick<TimelineEvent, 'modifier' | 'qualifier'>>
): LegendSign[] {
	const seen = new Set<string>();
	for (const event of events) for (const sign of dateSigns(event)) seen.add(sign);
	return dateSignLabels().filter((entry) => seen.has(entry.sign));
}
