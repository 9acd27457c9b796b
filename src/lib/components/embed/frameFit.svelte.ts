import { defaultTimelineOptions } from '$lib/timeline/layoutTypes';
import { frameRows } from '$lib/ui/frameRows';
import { SCROLLING_MAX_ROWS, STORY_ROW_HEIGHT } from '$lib/ui/pinnedRows';

/** Room under the last row of the plot (the layout's own bottom margin). */
const PLOT_BOTTOM = 6;
/** Room kept between the overview and the frame's bottom edge. */
const FRAME_MARGIN = 8;

/**
 * The rows of an embed's timeline in a frame of fixed height: as many as the frame leaves
 * once the title, search, toolbar, axis and overview have their room, so every row drawn
 * is inside the frame (the rest go to "+N" clusters).
 */
export class FrameFit {
	maxRows = $state(SCROLLING_MAX_ROWS);

	/** Attach to the embed's root while it sits in a frame of fixed height. */
	readonly attach = (root: HTMLElement) => {
		const measure = () => {
			const plot = root.querySelector<HTMLElement>('[data-sourceline-plot]');
			if (!plot) return;
			// Above the rows: everything over the plot, and its axis. Below them: the plot's
			// margin and the overview strip (help and legend may go on below the frame's edge).
			const box = plot.getBoundingClientRect();
			const overview = root.querySelector('.overview')?.getBoundingClientRect();
			const above = box.top + window.scrollY + defaultTimelineOptions.axisHeight;
			const below = PLOT_BOTTOM + Math.max(0, (overview?.bottom ?? box.bottom) - box.bottom);
			const rows = frameRows({
				frameHeight: window.innerHeight,
				otherHeight: above + below + FRAME_MARGIN,
				rowHeight: STORY_ROW_HEIGHT,
				min: 3,
				max: SCROLLING_MAX_ROWS
			});
			if (rows !== this.maxRows) this.maxRows = rows;
		};
		// Once laid out, and again when the frame changes size. Not on every change of the
		// embed's own size: a change of rows moves what is below the plot, and measuring
		// again then could swing between two counts.
		const frame = requestAnimationFrame(() => requestAnimationFrame(measure));
		window.addEventListener('resize', measure);
		return () => {
			cancelAnimationFrame(frame);
			window.removeEventListener('resize', measure);
		};
	};
}
