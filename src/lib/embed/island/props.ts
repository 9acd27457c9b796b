import type { ResolvedStory } from '$lib/story/types';

/** What the prerendered embed page hands its script: the story and its page on this site. */
export interface IslandProps {
	story: ResolvedStory;
	storyHref: string;
}

/**
 * The element whose content the script takes over; its attribute carries the props as JSON
 * (an attribute, escaped like any other, so the story never passes through an HTML parser
 * as markup or a script).
 */
export const ISLAND_ATTRIBUTE = 'data-sourceline-island';

export function readIslandProps(element: Element): IslandProps {
	return JSON.parse(element.getAttribute(ISLAND_ATTRIBUTE) ?? 'null') as IslandProps;
}
