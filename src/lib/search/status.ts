import { tSearch } from '$lib/i18n/search/words';
import { fill, formatCount, plural } from '$lib/i18n/plural';

/** The status of a search, in the page's language: "3 of 11 events match". */
export function matchStatus(matching: number, total: number): string {
	return fill(plural(tSearch().status, total), { matching: formatCount(matching) });
}
