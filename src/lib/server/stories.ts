import { createHash } from 'node:crypto';
import { formatStoryIssues, loadStory } from '$lib/story/loadStory';
import { asWritten } from '$lib/story/asWritten';
import type { ResolvedStory, StoryIssue } from '$lib/story/types';

// Stories are files in src/data/stories/<id>/: story.json plus its source texts, read at
// build time. Any problem stops the build with a message naming story, event and field.
const storyFiles = import.meta.glob<unknown>('/src/data/stories/*/story.json', {
	eager: true,
	import: 'default'
});
const sourceFiles = import.meta.glob<string>('/src/data/stories/*/*.txt', {
	eager: true,
	query: '?raw',
	import: 'default'
});

/** Reads each `file` source into `text`, checking it against its recorded SHA-256. */
function inlineSources(
	raw: unknown,
	folder: string,
	file: string
): { story: unknown; issues: StoryIssue[] } {
	const issues: StoryIssue[] = [];
	if (
		typeof raw !== 'object' ||
		raw === null ||
		!Array.isArray((raw as { sources?: unknown }).sources)
	)
		return { story: raw, issues };
	const story = raw as { sources: Record<string, unknown>[] };
	const sources = story.sources.map((source, i) => {
		if (typeof source?.file !== 'string' || typeof source.text === 'string') return source;
		const text = sourceFiles[`${folder}/${source.file}`];
		if (text === undefined) {
			issues.push({
				file,
				field: `sources[${i}].file`,
				...asWritten(`no file "${source.file}" beside story.json`)
			});
			return source;
		}
		const digest = createHash('sha256').update(text, 'utf8').digest('hex');
		if (typeof source.sha256 === 'string' && source.sha256 !== digest)
			issues.push({
				file,
				field: `sources[${i}].sha256`,
				...asWritten(
					`"${source.file}" has changed: its SHA-256 is ${digest}; sources must stay byte-exact`
				)
			});
		return { ...source, text };
	});
	return { story: { ...story, sources }, issues };
}

function loadAll(): ResolvedStory[] {
	const stories: ResolvedStory[] = [];
	const problems: StoryIssue[] = [];
	for (const [path, raw] of Object.entries(storyFiles)) {
		const folder = path.slice(0, path.lastIndexOf('/'));
		const id = folder.slice(folder.lastIndexOf('/') + 1);
		const file = path.slice(1);
		const inlined = inlineSources(raw, folder, file);
		const result = loadStory(inlined.story, file);
		problems.push(...inlined.issues);
		if (!result.ok) problems.push(...result.issues);
		else if (result.story.id !== id)
			problems.push({
				file,
				field: 'id',
				...asWritten(`"${result.story.id}" must match its folder name "${id}"`)
			});
		else stories.push(result.story);
	}
	if (problems.length > 0) throw new Error(`Invalid story data:\n${formatStoryIssues(problems)}`);
	return stories.sort((a, b) => a.id.localeCompare(b.id));
}

export const stories: ResolvedStory[] = loadAll();

export function findStory(id: string): ResolvedStory | undefined {
	return stories.find((s) => s.id === id);
}
