import { MIN_LIVE_SECONDS } from './livePoller';

/**
 * `live=<seconds>`: how often a live embed looks at its story file again. Less than the
 * least is raised to it, with a warning; a value that is no number is dropped with one.
 */
export function parseLiveSeconds(value: string | null): {
	seconds: number | null;
	warnings: string[];
} {
	const text = value?.trim();
	if (!text) return { seconds: null, warnings: [] };
	const seconds = Number(text);
	if (!Number.isFinite(seconds) || seconds <= 0)
		return {
			seconds: null,
			warnings: [`ignoring live=${JSON.stringify(text)}: expected a number of seconds, such as 60`]
		};
	if (seconds < MIN_LIVE_SECONDS)
		return {
			seconds: MIN_LIVE_SECONDS,
			warnings: [`live=${text} is too often: looking every ${MIN_LIVE_SECONDS} seconds instead`]
		};
	return { seconds, warnings: [] };
}
