import { t } from '$lib/i18n/active';
import { intlLocale } from '$lib/i18n/intl';
import { fill } from '$lib/i18n/plural';
import type { RemoteProgress } from './remoteStory';

/** What the loading state shows: words for the live region, and the bar's value and words. */
export interface LoadProgressView {
	status: string;
	/** 0–1, or null while there is nothing to measure against (the bar moves without a value). */
	fraction: number | null;
	/** The bar's value in words, for screen readers. */
	valueText: string | null;
}

/**
 * Below this, a file loads too fast for its size to be worth saying: the bar moves without
 * words until then.
 */
const WORDS_FROM = 256 * 1024;

/** State: a view derived while it was being made is derived again once it is. */
let made: { locale: string; format: Intl.NumberFormat } | undefined = $state.raw();
/** The locale whose formatter is being made (not state: a view's derivation sets it). */
let making: string | undefined;

/**
 * The sizes' formatter, once made. A page's first number formatter loads its number data
 * (15–27 ms in Chromium), which would lengthen the task that shows the progress, so it is
 * made in a task of its own: until then, the bar goes without words.
 */
function sizeFormat(): Intl.NumberFormat | null {
	const locale = intlLocale();
	if (made?.locale === locale) return made.format;
	if (making !== locale) {
		making = locale;
		setTimeout(() => {
			const format = new Intl.NumberFormat(locale, {
				style: 'unit',
				unit: 'megabyte',
				maximumFractionDigits: 1
			});
			made = { locale, format };
		}, 0);
	}
	return null;
}

export function loadProgressView(progress: RemoteProgress | null): LoadProgressView {
	const words = t().embed;
	if (progress?.phase === 'check')
		return { status: words.checking, fraction: null, valueText: null };
	const status = words.loadingNow;
	if (!progress) return { status, fraction: null, valueText: null };
	const { loaded, total } = progress;
	// A compressed file declares its compressed size, which the text read outgrows.
	const fraction = total === null || loaded > total ? null : loaded / total;
	const format = Math.max(loaded, total ?? 0) < WORDS_FROM ? null : sizeFormat();
	if (!format) return { status, fraction, valueText: null };
	const mb = (bytes: number) => format.format(bytes / (1024 * 1024));
	const valueText =
		fraction === null
			? fill(words.loaded, { size: mb(loaded) })
			: fill(words.loadedOf, { size: mb(loaded), total: mb(total!) });
	return { status, fraction, valueText };
}
