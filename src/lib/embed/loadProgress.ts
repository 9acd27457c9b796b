import type { RemoteProgress } from './remoteStory';

/** What the loading state shows: words for the live region, and the bar's value and words. */
export interface LoadProgressView {
	status: string;
	/** 0–1, or null while there is nothing to measure against (the bar moves without a value). */
	fraction: number | null;
	/** The bar's value in words, for screen readers. */
	valueText: string | null;
}

const megabytes = new Intl.NumberFormat('en-GB', {
	style: 'unit',
	unit: 'megabyte',
	maximumFractionDigits: 1
});
const mb = (bytes: number) => megabytes.format(bytes / (1024 * 1024));

export function loadProgressView(progress: RemoteProgress | null): LoadProgressView {
	if (progress?.phase === 'check')
		return { status: 'Checking the story…', fraction: null, valueText: null };
	if (!progress) return { status: 'Loading the story…', fraction: null, valueText: null };
	const { loaded, total } = progress;
	// A compressed file declares its compressed size, which the text read outgrows.
	if (total === null || loaded > total)
		return { status: 'Loading the story…', fraction: null, valueText: `${mb(loaded)} loaded` };
	return {
		status: 'Loading the story…',
		fraction: loaded / total,
		valueText: `${mb(loaded)} of ${mb(total)}`
	};
}
