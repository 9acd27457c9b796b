import type { Handle } from '@sveltejs/kit';
import { themeScript } from '$lib/ui/theme';

/**
 * Puts the theme script into every page's head (see app.html), so a reader's stored
 * light or dark choice is applied before the first paint, with no flash of the other theme.
 * Prerendering runs this hook too, so the static files carry the script.
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%sourceline.theme%', themeScript)
	});
