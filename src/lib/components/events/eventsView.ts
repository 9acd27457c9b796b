/** How the story's events are shown: drawn on the timeline, or listed as text. */
export type EventsViewKind = 'timeline' | 'list';
