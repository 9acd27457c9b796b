import { formatCount } from '$lib/i18n/plural';
import { dateSigns } from '$lib/timeline/dateSigns';
import type { EventMark, TimelineLayout, TimelineOptions } from '$lib/timeline/layoutTypes';
import { drawnShape, markBand } from '$lib/timeline/markGeometry';
import { basisStyle, COLOURS, fitText, n, textEl, type Measure } from './svgParts';

// The plot of an exported picture, drawn from the timeline's layout as the screen draws it
// (Bands, Axis, EventMarks and MarkShape): eras and tracks, the axis, marks and clusters.

function markSvg(mark: EventMark, options: TimelineOptions, measure: Measure): string {
	const { event } = mark;
	const h = options.rowHeight - 6;
	const cy = mark.top + h / 2;
	const r = options.pointSize / 2;
	const parts: string[] = [];
	let last = '';
	const drawn = drawnShape(event);
	if (drawn === 'bar') {
		const w = Math.max(2, mark.x1 - mark.x0);
		parts.push(
			`<rect x="${n(mark.x0)}" y="${n(mark.top)}" width="${n(w)}" height="${h}" rx="4" ${basisStyle(event.basis, 'bar')}/>`
		);
	} else {
		const band = markBand(event, mark.x0, mark.x1, options.pointSize);
		const bottom = mark.top + h - 2;
		if (band === 'range')
			parts.push(
				`<path d="M${n(mark.x0 + 0.75)} ${n(bottom - 9)}V${n(bottom - 0.75)}H${n(mark.x1 - 0.75)}V${n(bottom - 9)}" fill="none" stroke="${COLOURS.mark}" stroke-width="1.5"/>`
			);
		else if (band === 'zone')
			parts.push(
				`<rect x="${n(mark.x0)}" y="${n(cy - 2)}" width="${n(mark.x1 - mark.x0)}" height="4" rx="2" fill="${COLOURS.markDay}"/>`
			);
		const onRange = drawn === 'range';
		const dot = `<circle cx="${n(mark.cx)}" cy="${n(onRange ? bottom - 1 : cy)}" r="${n(onRange ? r * 0.84 - 1 : r - 1)}" ${basisStyle(event.basis, 'point')}/>`;
		// A range's dot sits on its bracket, over the label that starts inside it.
		if (onRange) last = dot;
		else parts.push(dot);
	}
	const signs = dateSigns(event);
	if (signs)
		parts.push(
			textEl(mark.shape === 'bar' ? mark.x1 + 1 : mark.cx, mark.top + 5, signs, {
				size: 10,
				bold: true,
				colour: COLOURS.mark,
				anchor: mark.shape === 'bar' ? 'start' : 'middle'
			})
		);
	if (mark.showLabel) {
		const label = fitText(event.title, mark.labelWidth - 8, measure);
		parts.push(
			`<rect x="${n(mark.labelX)}" y="${n(cy - 10)}" width="${n(Math.min(mark.labelWidth, measure(label) + 8))}" height="20" rx="3" fill="${COLOURS.label}"/>`,
			textEl(mark.labelX + 4, cy + 4.5, label, { size: 13 })
		);
	}
	parts.push(last);
	return parts.join('');
}

const labelStyle = { size: 12, bold: true, colour: COLOURS.muted };

export function plotSvg(
	layout: TimelineLayout,
	options: TimelineOptions,
	width: number,
	measure: Measure
): string {
	const parts: string[] = [];
	const eraTop = options.axisHeight;
	layout.eras.forEach((era, i) => {
		const x0 = Math.max(-1, era.x0);
		const x1 = Math.min(width + 1, era.x1);
		if (x1 <= x0) return;
		parts.push(
			`<rect x="${n(x0)}" y="${eraTop}" width="${n(x1 - x0)}" height="${n(layout.height - eraTop)}" fill="${i % 2 ? COLOURS.eraOdd : COLOURS.era}" stroke="${COLOURS.border}" stroke-width="1"/>`
		);
		if (era.showLabel) parts.push(textEl(era.labelX + 4, eraTop + 15, era.label, labelStyle));
	});
	for (const track of layout.tracks)
		if (track.label !== null)
			parts.push(
				`<line x1="0" x2="${width}" y1="${n(track.top + 0.5)}" y2="${n(track.top + 0.5)}" stroke="${COLOURS.border}"/>`,
				textEl(6, track.top + 15, track.label, labelStyle)
			);
	parts.push(textEl(6, 13, layout.unit, { size: 11, bold: true, colour: COLOURS.muted }));
	for (const tick of layout.ticks) {
		const x = Math.round(tick.x) + 0.5;
		const dash = tick.unit === 'time' ? ' stroke-dasharray="2 3"' : '';
		parts.push(
			`<line x1="${n(x)}" x2="${n(x)}" y1="40" y2="${n(layout.height)}" stroke="${COLOURS.grid}"${dash}/>`,
			textEl(x + (tick.labelLeft ? -4 : 4), 32, tick.label, {
				size: 12,
				colour: COLOURS.muted,
				anchor: tick.labelLeft ? 'end' : 'start'
			})
		);
	}
	parts.push(
		`<line x1="0" x2="${width}" y1="40.5" y2="40.5" stroke="${COLOURS.border}"/>`,
		...layout.marks.map((mark) => markSvg(mark, options, measure))
	);
	for (const cluster of layout.clusters) {
		const w = Math.max(2, cluster.x1 - cluster.x0);
		const h = options.rowHeight - 6;
		parts.push(
			`<rect x="${n(cluster.x0)}" y="${n(cluster.top)}" width="${n(w)}" height="${h}" rx="${h / 2}" fill="${COLOURS.markFill}" stroke="${COLOURS.mark}" stroke-width="1.5"/>`
		);
		if (w >= 24)
			parts.push(
				textEl(cluster.x0 + w / 2, cluster.top + h / 2 + 4, `+${formatCount(cluster.count)}`, {
					size: 12,
					bold: true,
					anchor: 'middle'
				})
			);
	}
	return parts.join('');
}
