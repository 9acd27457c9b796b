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

const mb = (bytes: number) =>
	new Intl.NumberFormat(intlLocale(), {
		style: 'unit',
		unit: 'megabyte',
		maximumFractionDigits: 1
	}).format(bytes / (1024 * 1024));

export function loadProgressView(progress: RemoteProgress | null): LoadProgressView {
	const words = t().embed;
	if (progress?.phase === 'check')
		return { status: words.checking, fraction: null, valueText: null };
	const status = words.loadingNow;
	if (!progress) return { status, fraction: null, valueText: null };
	const { loaded, total } = progress;
	// A compressed file declares its compressed size, which the text read outgrows.
	if (total === null || loaded > total)
		return { status, fraction: null, valueText: fill(words.loaded, { size: mb(loaded) }) };
	return {
		status,
		fraction: loaded / total,
		valueText: fill(words.loadedOf, { size: mb(loaded), total: mb(total) })
	};
}
