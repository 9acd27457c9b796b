import { formatCount } from '$lib/i18n/plural';
import { dateSigns } from '$lib/timeline/dateSigns';
import type { EventMark, TimelineLayout, TimelineOptions } from '$lib/timeline/layoutTypes';
import { drawnShape, markBand } from '$lib/timeline/markGeometry';
import { along, type Along } from './along';
import { basisStyle, COLOURS, fitText, n, textEl, type Measure } from './svgParts';

// The plot of an exported picture, drawn from the timeline's layout as the screen draws it
// (Bands, Axis, EventMarks and MarkShape): eras and tracks, the axis, marks and clusters.
// The layout measures from the plot's start edge, the earliest time; `at` places it, from
// the right edge where time runs right to left.

function markSvg(
	mark: EventMark,
	options: TimelineOptions,
	measure: Measure,
	{ at, rtl }: Way
): string {
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
			`<rect x="${n(at.box(mark.x0, w))}" y="${n(mark.top)}" width="${n(w)}" height="${h}" rx="4" ${basisStyle(event.basis, 'bar')}/>`
		);
	} else {
		const band = markBand(event, mark.x0, mark.x1, options.pointSize);
		const bottom = mark.top + h - 2;
		if (band === 'range')
			parts.push(
				`<path d="M${n(at.x(mark.x0 + 0.75))} ${n(bottom - 9)}V${n(bottom - 0.75)}H${n(at.x(mark.x1 - 0.75))}V${n(bottom - 9)}" fill="none" stroke="${COLOURS.mark}" stroke-width="1.5"/>`
			);
		else if (band === 'zone')
			parts.push(
				`<rect x="${n(at.box(mark.x0, mark.x1 - mark.x0))}" y="${n(cy - 2)}" width="${n(mark.x1 - mark.x0)}" height="4" rx="2" fill="${COLOURS.markDay}"/>`
			);
		const onRange = drawn === 'range';
		const dot = `<circle cx="${n(at.x(mark.cx))}" cy="${n(onRange ? bottom - 1 : cy)}" r="${n(onRange ? r * 0.84 - 1 : r - 1)}" ${basisStyle(event.basis, 'point')}/>`;
		// A range's dot sits on its bracket, over the label that starts inside it.
		if (onRange) last = dot;
		else parts.push(dot);
	}
	const signs = dateSigns(event);
	if (signs)
		parts.push(
			textEl(at.x(mark.shape === 'bar' ? mark.x1 + 1 : mark.cx), mark.top + 5, signs, {
				size: 10,
				bold: true,
				colour: COLOURS.mark,
				anchor: at.anchor(mark.shape === 'bar' ? 'start' : 'middle')
			})
		);
	if (mark.showLabel) {
		const label = fitText(event.title, mark.labelWidth - 8, measure);
		const w = Math.min(mark.labelWidth, measure(label) + 8);
		parts.push(
			`<rect x="${n(at.box(mark.labelX, w))}" y="${n(cy - 10)}" width="${n(w)}" height="20" rx="3" fill="${COLOURS.label}"/>`,
			textEl(at.x(mark.labelX + 4), cy + 4.5, label, { size: 13, anchor: at.anchor(), rtl })
		);
	}
	parts.push(last);
	return parts.join('');
}

const labelStyle = { size: 12, bold: true, colour: COLOURS.muted };

/** Which way a plot is laid: its time from `at`'s start edge, its words read `rtl` or not. */
interface Way {
	at: Along;
	rtl: boolean;
}

/**
 * The plot, `width` wide. `mirrored`: time runs right to left, as on a mirrored screen;
 * `rtl`: its words read right to left (an Arabic story's).
 */
export function plotSvg(
	layout: TimelineLayout,
	options: TimelineOptions,
	width: number,
	measure: Measure,
	{ mirrored = false, rtl = false } = {}
): string {
	const at = along(mirrored ? width : 0, mirrored);
	const way = { at, rtl };
	const label = { ...labelStyle, anchor: at.anchor(), rtl };
	const parts: string[] = [];
	const eraTop = options.axisHeight;
	layout.eras.forEach((era, i) => {
		const x0 = Math.max(-1, era.x0);
		const x1 = Math.min(width + 1, era.x1);
		if (x1 <= x0) return;
		parts.push(
			`<rect x="${n(at.box(x0, x1 - x0))}" y="${eraTop}" width="${n(x1 - x0)}" height="${n(layout.height - eraTop)}" fill="${i % 2 ? COLOURS.eraOdd : COLOURS.era}" stroke="${COLOURS.border}" stroke-width="1"/>`
		);
		if (era.showLabel) parts.push(textEl(at.x(era.labelX + 4), eraTop + 15, era.label, label));
	});
	for (const track of layout.tracks)
		if (track.label !== null)
			parts.push(
				`<line x1="0" x2="${width}" y1="${n(track.top + 0.5)}" y2="${n(track.top + 0.5)}" stroke="${COLOURS.border}"/>`,
				textEl(at.x(6), track.top + 15, track.label, label)
			);
	parts.push(
		textEl(at.x(6), 13, layout.unit, {
			size: 11,
			bold: true,
			colour: COLOURS.muted,
			anchor: at.anchor(),
			rtl
		})
	);
	for (const tick of layout.ticks) {
		const d = Math.round(tick.x) + 0.5;
		const x = at.x(d);
		const dash = tick.unit === 'time' ? ' stroke-dasharray="2 3"' : '';
		parts.push(
			`<line x1="${n(x)}" x2="${n(x)}" y1="40" y2="${n(layout.height)}" stroke="${COLOURS.grid}"${dash}/>`,
			textEl(at.x(d + (tick.labelLeft ? -4 : 4)), 32, tick.label, {
				size: 12,
				colour: COLOURS.muted,
				anchor: at.anchor(tick.labelLeft ? 'end' : 'start'),
				rtl
			})
		);
	}
	parts.push(
		`<line x1="0" x2="${width}" y1="40.5" y2="40.5" stroke="${COLOURS.border}"/>`,
		...layout.marks.map((mark) => markSvg(mark, options, measure, way))
	);
	for (const cluster of layout.clusters) {
		const w = Math.max(2, cluster.x1 - cluster.x0);
		const h = options.rowHeight - 6;
		parts.push(
			`<rect x="${n(at.box(cluster.x0, w))}" y="${n(cluster.top)}" width="${n(w)}" height="${h}" rx="${h / 2}" fill="${COLOURS.markFill}" stroke="${COLOURS.mark}" stroke-width="1.5"/>`
		);
		if (w >= 24)
			parts.push(
				textEl(
					at.x(cluster.x0 + w / 2),
					cluster.top + h / 2 + 4,
					`+${formatCount(cluster.count)}`,
					{
						size: 12,
						bold: true,
						anchor: 'middle'
					}
				)
			);
	}
	return parts.join('');
}
