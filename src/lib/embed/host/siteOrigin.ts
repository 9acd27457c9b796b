/** Where the site is served when no origin is set: `npm run preview`'s address. */
export const DEFAULT_SITE_ORIGIN = 'http://localhost:4173';

/**
 * The site's public origin, from PUBLIC_SITE_ORIGIN at build time. Prerendered files that
 * other sites read (oEmbed JSON, embed snippets) need absolute URLs, and a static build has
 * no request to take them from. A wrong value stops the build rather than publish bad links.
 */
export function parseSiteOrigin(value: string | undefined): string {
	if (value === undefined || value.trim() === '') return DEFAULT_SITE_ORIGIN;
	let url: URL | null = null;
	try {
		url = new URL(value.trim());
	} catch {
		// Reported below.
	}
	if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.pathname !== '/')
		throw new Error(
			`PUBLIC_SITE_ORIGIN="${value}" is not a site origin such as https://timelines.example.org`
		);
	return url.origin;
}
