import type { TrackBand } from './layoutTypes';
import type { LayoutFrame } from './layoutFrame';
import type { Packings } from './packingLevel';

/** Where each track's rows are: what placing marks and clusters needs of the tracks. */
export interface TrackRows {
	/** Per track: its first row counted over all tracks (for Up and Down). */
	rowBase: number[];
	/** Per track: the pixel top of its first row. */
	rowTop: number[];
	/** Per track: the row (inside the track) its clusters are drawn in. */
	clusterRow: number[];
}

export interface TrackLayout extends TrackRows {
	tracks: TrackBand[];
	/** Top of the era bands and tracks, under the axis. */
	bodyTop: number;
	/** Bottom of the last track. */
	bottom: number;
}

/**
 * Tracks, top to bottom: a label (when grouped), the rows, and a row for clusters. A track
 * keeps the rows of the fitted view, so the height holds while zooming in.
 */
export function layoutTracks(
	{ index, options }: LayoutFrame,
	{ fit, packing }: Packings,
	hasEras: boolean
): TrackLayout {
	const bodyTop = options.axisHeight + (hasEras ? options.eraLabelHeight : 0);
	const labelled = index.tracks.some((t) => t.label !== null);
	const labelHeight = labelled ? options.trackLabelHeight : 0;
	const clustered = new Set(packing.clusters.map((c) => c.track));
	const fitClustered = new Set(fit.clusters.map((c) => c.track));
	const layout: TrackLayout = {
		tracks: [],
		rowBase: [],
		rowTop: [],
		clusterRow: [],
		bodyTop,
		bottom: bodyTop
	};
	let row = 0;
	for (let t = 0; t < index.tracks.length; t++) {
		const rows = Math.max(1, fit.rowsUsed[t]!, packing.rowsUsed[t]!);
		const withClusters = fitClustered.has(t) || clustered.has(t) ? 1 : 0;
		const height = labelHeight + (rows + withClusters) * options.rowHeight;
		layout.tracks.push({ label: index.tracks[t]!.label, top: layout.bottom, height });
		layout.rowBase.push(row);
		layout.rowTop.push(layout.bottom + labelHeight);
		layout.clusterRow.push(rows);
		row += rows + withClusters;
		layout.bottom += height;
	}
	return layout;
}
