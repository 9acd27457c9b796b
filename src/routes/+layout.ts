// Every route is prerendered at build time: stories are static data, so the site
// is a folder of files that any static host (or a newsroom's CDN) can serve.
export const prerender = true;
