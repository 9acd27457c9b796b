import { hydrate, mount, type Component } from 'svelte';
import { activeTimeFlow } from '$lib/i18n/active';
import { DEFAULT_LOCALE } from '$lib/i18n/locales';
import { settlePageLocale } from '$lib/i18n/pageLocale';
import { markHydrated } from '$lib/ui/hydration';

/**
 * The element whose content an island's script takes over. Its attribute carries the props
 * as JSON: an attribute, escaped like any other, so a story never reaches the HTML parser as
 * markup or as a script.
 */
export const ISLAND_ATTRIBUTE = 'data-sourceline-island';

/**
 * Takes over the page's prerendered island with `component`, given the props it was drawn
 * with. The page is drawn in English; in another language (see pageLocale.ts; a story in
 * the props brings its `language`) its catalogue is loaded first and the island drawn afresh.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component's props
export async function hydrateIsland<Props extends Record<string, any>>(
	component: Component<Props>
): Promise<void> {
	const target = document.querySelector(`[${ISLAND_ATTRIBUTE}]`);
	if (!target) return;
	const props = JSON.parse(target.getAttribute(ISLAND_ATTRIBUTE) ?? '{}') as Props;
	const locale = await settlePageLocale(props.story?.language);
	// Time running right to left is drawn afresh too: the server draws it left to right.
	if (import.meta.env.DEV || locale !== DEFAULT_LOCALE || activeTimeFlow() !== 'ltr') {
		// The dev server's markup has an anchor after each component that only a parent
		// component's hydration expects: drawn afresh there. Built pages are hydrated (and the
		// end-to-end tests check that they are, without a mismatch).
		target.replaceChildren();
		mount(component, { target, props });
	} else hydrate(component, { target, props });
	markHydrated();
}
