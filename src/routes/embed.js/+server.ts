import { loaderSource } from '$lib/embed/host/loaderSource';
import type { RequestHandler } from './$types';

// The embed loader, a static file in the build: see src/lib/embed/host/loader/embed.js.
// Server routes are not covered by the layout's prerender flag: say it here.
export const prerender = true;

export const GET: RequestHandler = () =>
	new Response(loaderSource(), {
		headers: { 'content-type': 'text/javascript; charset=utf-8' }
	});
