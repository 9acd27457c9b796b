import { hydrate, mount, type Component } from 'svelte';
import { markHydrated } from '$lib/ui/hydration';

/**
 * The element whose content an island's script takes over. Its attribute carries the props
 * as JSON: an attribute, escaped like any other, so a story never reaches the HTML parser as
 * markup or as a script.
 */
export const ISLAND_ATTRIBUTE = 'data-sourceline-island';

/** Takes over the page's prerendered island with `component`, given the props it was drawn with. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component's props
export function hydrateIsland<Props extends Record<string, any>>(
	component: Component<Props>
): void {
	const target = document.querySelector(`[${ISLAND_ATTRIBUTE}]`);
	if (!target) return;
	const props = JSON.parse(target.getAttribute(ISLAND_ATTRIBUTE) ?? '{}') as Props;
	if (import.meta.env.DEV) {
		// The dev server's markup has an anchor after each component that only a parent
		// component's hydration expects: drawn afresh there. Built pages are hydrated (and the
		// end-to-end tests check that they are, without a mismatch).
		target.replaceChildren();
		mount(component, { target, props });
	} else hydrate(component, { target, props });
	markHydrated();
}
