import type { ResolvedEvent } from '../story/types';
import type { TimelineModel } from './timelineModel';

/**
 * What a story's view draws once a search is applied: the events it keeps (every one, with no
 * search) and their timeline model (null: nothing matches). Read through getters, so a holder
 * sees the search as it changes.
 */
export interface DrawnEvents {
	readonly events: readonly ResolvedEvent[];
	readonly model: TimelineModel | null;
}
