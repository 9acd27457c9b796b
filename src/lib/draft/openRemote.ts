import { loadRemoteStory, type Fetch } from '$lib/embed/remote/remoteStory';
import { asWritten } from '$lib/story/asWritten';
import type { StoryIssue } from '$lib/story/types';
import { openStoryText, type Opened } from './openStory';
import { authoredForm } from './storyDocument';

/**
 * A story from an address (`?src=`, or a built story's `/stories/<id>.json`), with the same
 * checks as the embed's: http(s) only, no credentials, a size cap, a time limit. A file that
 * arrives but does not validate still opens, with its problems.
 */
export async function openRemoteStory(src: string, base: string, fetch: Fetch): Promise<Opened> {
	let body: Response | null = null;
	const keeping: Fetch = async (url, init) => {
		const response = await fetch(url, init);
		body = response.clone();
		return response;
	};
	const loaded = await loadRemoteStory(src, base, keeping);
	if (loaded.ok) return { story: authoredForm(loaded.story), issues: [] };
	const { problem } = loaded;
	// Said in the page's language: the problems' words load only for a problem.
	const { sayProblem } = await import('$lib/i18n/problems/words');
	const issue: StoryIssue = { file: src, field: '(root)', ...asWritten(await sayProblem(problem)) };
	if (problem.kind !== 'invalid' || body === null) return { story: null, issues: [issue] };
	// The file is there, within the cap: it opens as it is, its problems listed.
	const opened = openStoryText(await (body as Response).text(), src);
	return opened.story === null ? { story: null, issues: [issue, ...problem.issues] } : opened;
}
