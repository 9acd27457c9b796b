import { t } from '$lib/i18n/active';
import { legendEntries, legendSigns, type LegendEntry } from '$lib/timeline/legend';
import type { TimelineModel } from '$lib/timeline/timelineModel';
import { basisStyle, COLOURS, textEl, type Measure } from './svgParts';

// The legend of an exported picture: what the screen's legend lists (Legend.svelte), drawn
// in lines across the picture.

/** A legend item's swatch, 28 wide, its middle at `y`. */
function swatch(entry: LegendEntry, x: number, y: number): string {
	if (entry.shape === 'point')
		return `<circle cx="${x + 6}" cy="${y}" r="5.25" ${basisStyle(entry.basis, 'point')}/>`;
	if (entry.shape === 'bar')
		return `<rect x="${x}" y="${y - 6}" width="28" height="12" rx="3" ${basisStyle(entry.basis, 'bar')}/>`;
	if (entry.shape === 'zone')
		return `<rect x="${x}" y="${y - 2}" width="28" height="4" rx="2" fill="${COLOURS.markDay}"/>`;
	return `<path d="M${x + 0.75} ${y - 5}V${y + 3.25}H${x + 27.25}V${y - 5}" fill="none" stroke="${COLOURS.mark}" stroke-width="1.5"/><circle cx="${x + 14}" cy="${y + 3}" r="4.5" fill="${COLOURS.mark}"/>`;
}

export interface LegendItem {
	draw: (x: number, y: number) => string;
	width: number;
}

/** The legend's items, as the screen's legend lists them: shapes, then signs, then clusters. */
export function legendItems(
	model: TimelineModel,
	clusters: boolean,
	measure: Measure
): LegendItem[] {
	const style = { size: 14, colour: COLOURS.muted };
	const items: LegendItem[] = legendEntries(model.index.events).map((entry) => {
		const left = entry.shape === 'point' ? 18 : 36;
		return {
			width: left + measure(entry.label),
			draw: (x, y) => swatch(entry, x, y) + textEl(x + left, y + 5, entry.label, style)
		};
	});
	for (const { sign, label } of legendSigns(model.index.events))
		items.push({
			width: 22 + measure(label),
			draw: (x, y) =>
				textEl(x, y + 5, sign, { size: 14, bold: true, colour: COLOURS.mark }) +
				textEl(x + 22, y + 5, label, style)
		});
	if (clusters)
		items.push({
			width: 44 + measure(t().legend.clusters),
			draw: (x, y) =>
				`<rect x="${x}" y="${y - 8}" width="34" height="16" rx="8" fill="${COLOURS.markFill}" stroke="${COLOURS.mark}" stroke-width="1.5"/>` +
				textEl(x + 17, y + 4, '+N', { size: 11, bold: true, anchor: 'middle' }) +
				textEl(x + 44, y + 5, t().legend.clusters, style)
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
