import { t } from '$lib/i18n/active';
import { legendEntries, legendSigns, type LegendEntry } from '$lib/timeline/legend';
import type { TimelineModel } from '$lib/timeline/timelineModel';
import type { Along } from './along';
import { basisStyle, COLOURS, textEl, type Measure } from './svgParts';

// The legend of an exported picture: what the screen's legend lists (Legend.svelte), drawn
// in lines across the picture, from its right edge where the language writes right to left.

/** A legend item's swatch, 28 wide, at the item's start, its middle at `y`. */
function swatch(entry: LegendEntry, at: Along, y: number): string {
	if (entry.shape === 'point')
		return `<circle cx="${at.x(6)}" cy="${y}" r="5.25" ${basisStyle(entry.basis, 'point')}/>`;
	if (entry.shape === 'bar')
		return `<rect x="${at.box(0, 28)}" y="${y - 6}" width="28" height="12" rx="3" ${basisStyle(entry.basis, 'bar')}/>`;
	if (entry.shape === 'zone')
		return `<rect x="${at.box(0, 28)}" y="${y - 2}" width="28" height="4" rx="2" fill="${COLOURS.markDay}"/>`;
	return `<path d="M${at.x(0.75)} ${y - 5}V${y + 3.25}H${at.x(27.25)}V${y - 5}" fill="none" stroke="${COLOURS.mark}" stroke-width="1.5"/><circle cx="${at.x(14)}" cy="${y + 3}" r="4.5" fill="${COLOURS.mark}"/>`;
}

export interface LegendItem {
	/** Draws the item from its start (`at`'s origin), its middle at `y`; `rtl`: its words. */
	draw: (at: Along, y: number, rtl: boolean) => string;
	width: number;
}

/** The legend's items, as the screen's legend lists them: shapes, then signs, then clusters. */
export function legendItems(
	model: TimelineModel,
	clusters: boolean,
	measure: Measure
): LegendItem[] {
	const style = (at: Along, rtl: boolean) => ({
		size: 14,
		colour: COLOURS.muted,
		anchor: at.anchor(),
		rtl
	});
	const items: LegendItem[] = legendEntries(model.index.events).map((entry) => {
		const left = entry.shape === 'point' ? 18 : 36;
		return {
			width: left + measure(entry.label),
			draw: (at, y, rtl) =>
				swatch(entry, at, y) + textEl(at.x(left), y + 5, entry.label, style(at, rtl))
		};
	});
	for (const { sign, label } of legendSigns(model.index.events))
		items.push({
			width: 22 + measure(label),
			draw: (at, y, rtl) =>
				textEl(at.x(0), y + 5, sign, {
					size: 14,
					bold: true,
					colour: COLOURS.mark,
					anchor: at.anchor()
				}) + textEl(at.x(22), y + 5, label, style(at, rtl))
		});
	if (clusters)
		items.push({
			width: 44 + measure(t().legend.clusters),
			draw: (at, y, rtl) =>
				`<rect x="${at.box(0, 34)}" y="${y - 8}" width="34" height="16" rx="8" fill="${COLOURS.markFill}" stroke="${COLOURS.mark}" stroke-width="1.5"/>` +
				textEl(at.x(17), y + 4, '+N', { size: 11, bold: true, anchor: 'middle' }) +
				textEl(at.x(44), y + 5, t().legend.clusters, style(at, rtl))
		});
	return items;
}

/** Items laid out in lines across `width`, 20 px apart. */
export function wrap(items: LegendItem[], width: number): LegendItem[][] {
	const lines: LegendItem[][] = [];
	let used = Infinity;
	for (const item of items) {
		if (used + 20 + item.width > width) {
			lines.push([]);
			used = -20;
		}
		lines.at(-1)!.push(item);
		used += 20 + item.width;
	}
	return lines;
}
