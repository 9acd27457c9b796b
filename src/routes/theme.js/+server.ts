import { scriptedScript } from '$lib/ui/scripted';
import { themeScript } from '$lib/ui/theme';
import type { RequestHandler } from './$types';

// The head script, run before the first paint (see app.html): it applies a stored theme and
// says the browser runs scripts, so the prerendered timeline shows rather than the list. A
// file from the site itself, not an inline script, so the CSP's script-src 'self' covers it
// wherever the policy comes from (the build's <meta>, or a host's response header).
// Server routes are not covered by the layout's prerender flag: say it here.
export const prerender = true;

export const GET: RequestHandler = () =>
	new Response(`${themeScript}\n${scriptedScript}\n`, {
		headers: { 'content-type': 'text/javascript; charset=utf-8' }
	});
