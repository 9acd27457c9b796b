import { loadStory } from '$lib/story/loadStory';
import type { StoryInput, WhenInput } from '$lib/story/storyInput';
import type { ResolvedEvent, StoryIssue } from '$lib/story/types';
import { draftInputProblem } from '$lib/draft/checkInput';
import { merge, rename, setStatus, setWhen, split } from '$lib/draft/operations';
import { draftArticle } from '$lib/draft/proposals';
import { draftToStory } from '$lib/draft/toStory';
import { readSaved, STORAGE_KEY, type Saved } from '$lib/draft/saved';
import type { Draft, DraftInput, ProposalStatus } from '$lib/draft/types';

export interface Preview {
	/** Resolved events by id, for those that resolve. */
	events: Map<string, ResolvedEvent>;
	/** Problems by event id (and `''` for the story as a whole). */
	issues: Map<string, StoryIssue[]>;
}

/**
 * The /draft page's state: the editor's inputs, the draft and its operations, a live preview
 * of every proposal that is not rejected, and the accepted story for download.
 */
export class DraftEditor {
	input = $state<DraftInput>({
		article: '',
		published: '',
		timeZone: 'Europe/London',
		publisher: ''
	});
	storyId = $state('draft-story');
	storyTitle = $state('Draft story');
	draft = $state.raw<Draft | null>(null);
	inputProblem = $state<string | null>(null);

	readonly preview: Preview = $derived(previewOf(this.draft));

	draftIt(): void {
		const problem = draftInputProblem(this.input);
		this.inputProblem = problem;
		if (problem === null)
			this.draft = draftArticle({
				...this.input,
				published: this.input.published.trim(),
				timeZone: this.input.timeZone.trim()
			});
	}

	setStatus(id: string, status: ProposalStatus): void {
		if (this.draft) this.draft = setStatus(this.draft, id, status);
	}

	rename(id: string, title: string): void {
		if (this.draft) this.draft = rename(this.draft, id, title);
	}

	setWhen(id: string, when: WhenInput): void {
		if (this.draft) this.draft = setWhen(this.draft, id, when);
	}

	merge(id: string, otherId: string): void {
		if (this.draft) this.draft = merge(this.draft, id, otherId);
	}

	split(id: string): void {
		if (this.draft) this.draft = split(this.draft, id);
	}

	/** The accepted proposals as a story file, or the problems that stop it validating. */
	acceptedStory(): { ok: true; story: StoryInput } | { ok: false; issues: StoryIssue[] } {
		if (!this.draft) return { ok: false, issues: [] };
		const story = storyOf(this.draft, this.storyId, this.storyTitle, 'accepted');
		const loaded = loadStory(story, `${this.storyId}.json`);
		return loaded.ok ? { ok: true, story } : loaded;
	}

	save(storage: Storage): void {
		const saved: Saved = {
			input: this.input,
			storyId: this.storyId,
			storyTitle: this.storyTitle,
			draft: this.draft
		};
		storage.setItem(STORAGE_KEY, JSON.stringify(saved));
	}

	/** Reads back what `save` kept; what cannot be trusted is removed, not read. */
	restore(storage: Storage): void {
		const text = storage.getItem(STORAGE_KEY);
		const saved = readSaved(text);
		if (saved === null) {
			if (text !== null) storage.removeItem(STORAGE_KEY);
			return;
		}
		this.input = saved.input;
		this.storyId = saved.storyId;
		this.storyTitle = saved.storyTitle;
		this.draft = saved.draft;
	}
}

function storyOf(
	draft: Draft,
	id: string,
	title: string,
	include: 'accepted' | 'proposed'
): StoryInput {
	return draftToStory(draft, { id, title, include, undatedAsContext: false });
}

/**
 * Every proposal not rejected, loaded as the build would load it. An event with a problem
 * (an inferred date without its note, say) is set aside with the problem, and the rest
 * loaded again, so one bad date does not blank the timeline.
 */
function previewOf(draft: Draft | null): Preview {
	const preview: Preview = { events: new Map(), issues: new Map() };
	if (!draft) return preview;
	// The story's own id and title are checked when it is downloaded, not here.
	const story = storyOf(draft, 'draft-preview', 'Draft preview', 'proposed');
	let loaded = loadStory(story, 'draft');
	if (!loaded.ok) {
		for (const issue of loaded.issues) {
			const key = issue.eventId ?? '';
			preview.issues.set(key, [...(preview.issues.get(key) ?? []), issue]);
		}
		const events = story.events.filter((event) => !preview.issues.has(event.id));
		loaded = events.length > 0 ? loadStory({ ...story, events }, 'draft') : loaded;
	}
	if (loaded.ok) for (const event of loaded.story.events) preview.events.set(event.id, event);
	return preview;
}
