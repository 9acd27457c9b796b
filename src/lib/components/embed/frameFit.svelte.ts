import { defaultTimelineOptions } from '$lib/timeline/layoutTypes';
import { frameRows } from '$lib/ui/frameRows';
import { SCROLLING_MAX_ROWS, STORY_ROW_HEIGHT } from '$lib/ui/pinnedRows';

/** Room under the last row of the plot (the layout's own bottom margin). */
const PLOT_BOTTOM = 6;

/**
 * The rows of an embed's timeline in a frame of fixed height: as many as the frame leaves
 * once the title, search, toolbar, axis and overview have their room, so every row drawn
 * is inside the frame (the rest go to "+N" clusters). Measured again when the frame or
 * the embed's parts change size; the rows' own height is taken out, so a change of rows
 * never feeds back into the measure.
 */
export class FrameFit {
	maxRows = $state(SCROLLING_MAX_ROWS);

	/** Attach to the embed's root while it sits in a frame of fixed height. */
	readonly attach = (root: HTMLElement) => {
		const measure = () => {
			const plot = root.querySelector<HTMLElement>('[data-sourceline-plot]');
			if (!plot) return;
			const rows = plot.offsetHeight - defaultTimelineOptions.axisHeight - PLOT_BOTTOM;
			const bottom = root.getBoundingClientRect().bottom + window.scrollY;
			const margin = parseFloat(getComputedStyle(document.body).paddingBottom) || 0;
			this.maxRows = frameRows({
				frameHeight: window.innerHeight,
				otherHeight: bottom + margin - rows,
				rowHeight: STORY_ROW_HEIGHT,
				min: 3,
				max: SCROLLING_MAX_ROWS
			});
		};
		const observer = new ResizeObserver(measure);
		observer.observe(root);
		window.addEventListener('resize', measure);
		return () => {
			observer.disconnect();
			window.removeEventListener('resize', measure);
		};
	};
}
