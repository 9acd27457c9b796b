import type { Component } from 'svelte';
import { warnEmbed } from '$lib/embed/host/warn';
import type { LiveStory, LiveStoryInput } from './liveStory.svelte';

export interface Following {
	live: LiveStory;
	LiveStatus: Component<{ live: LiveStory; host: string }>;
}

/**
 * `live=<seconds>` in the page's address: the story follows its file (LiveStory), and the
 * live line under it says so. Null without the option, or with a value it refuses (warned).
 * The code for it loads only then.
 */
export async function followLive(
	input: Omit<LiveStoryInput, 'seconds'>
): Promise<Following | null> {
	const given = new URL(location.href).searchParams.get('live');
	if (given === null) return null;
	const [{ parseLiveSeconds }, { LiveStory }, status] = await Promise.all([
		import('$lib/embed/remote/liveOption'),
		import('./liveStory.svelte'),
		import('./LiveStatus.svelte'),
		import('$lib/i18n/live/words').then((words) => words.loadLiveWords())
	]);
	const { seconds, warnings } = parseLiveSeconds(given);
	warnEmbed(warnings);
	if (seconds === null) return null;
	return {
		live: new LiveStory({ ...input, seconds }),
		LiveStatus: status.default as Following['LiveStatus']
	};
}
