/**
 * `value` as an http(s) URL (read against `base` when relative), or null. Links and fetches
 * from story data go through it: a story from another site is untrusted, and a
 * `javascript:` or `data:` address must never become a link or a request.
 */
export function httpUrl(value: string, base?: string): URL | null {
	try {
		const url = new URL(value, base);
		return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
	} catch {
		return null;
	}
}
