import { themeScript } from '$lib/ui/theme';
import type { RequestHandler } from './$types';

// The head script that applies a stored theme before the first paint (see app.html). A file
// from the site itself, not an inline script, so the CSP's script-src 'self' covers it
// wherever the policy comes from (the build's <meta>, or a host's response header).
// Server routes are not covered by the layout's prerender flag: say it here.
export const prerender = true;

export const GET: RequestHandler = () =>
	new Response(themeScript, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
