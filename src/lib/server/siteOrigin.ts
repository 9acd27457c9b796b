import { parseSiteOrigin } from '$lib/embed/host/siteOrigin';

// Read once at build time: prerendered pages and oEmbed files carry absolute URLs.
export const siteOrigin: string = parseSiteOrigin(process.env.PUBLIC_SITE_ORIGIN);
