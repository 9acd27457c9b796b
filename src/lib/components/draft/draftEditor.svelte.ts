import { loadStory } from '$lib/story/loadStory';
import type { StoryInput, WhenInput } from '$lib/story/storyInput';
import type { ResolvedEvent, StoryIssue } from '$lib/story/types';
import { draftInputProblem } from '$lib/draft/checkInput';
import { edit, merge, setStatus, setWhen, split, type Wording } from '$lib/draft/operations';
import { historyOf, record, redo, undo, type History } from '$lib/draft/history';
import { draftArticle } from '$lib/draft/proposals';
import { ENGLISH_PACK } from '$lib/draft/englishPack';
import type { KindWords } from '$lib/draft/kind';
import type { LanguagePack } from '$lib/draft/languagePack';
import { draftLanguageOf } from '$lib/draft/languages';
import { loadLanguagePack } from '$lib/draft/loadLanguage';
import { firstLine, proposedSummary } from '$lib/draft/storyDefaults';
import { acceptedCounts, draftToStory } from '$lib/draft/toStory';
import { readSaved, writeSaved, type Saved } from '$lib/draft/saved';
import type { Draft, DraftInput, ProposalStatus } from '$lib/draft/types';
import type { KeptWork } from './keptWork.svelte';

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
		publisher: '',
		language: 'en'
	});
	storyId = $state('draft-story');
	storyTitle = $state(DEFAULT_TITLE);
	storySummary = $state('');
	/** The source's title, proposed from the article's first line. */
	headline = $state('');
	/** The draft and the steps to undo and redo; each operation is one step. */
	history = $state.raw<History<Draft | null>>(historyOf(null));
	inputProblem = $state<string | null>(null);
	/** What the editor should know about the work read back from the browser's storage. */
	restoreNotice = $state<string | null>(null);

	get draft(): Draft | null {
		return this.history.present;
	}

	readonly preview: Preview = $derived(previewOf(this.draft));
	readonly counts = $derived(this.draft && acceptedCounts(this.draft));

	/**
	 * Drafts the article. English is drafted at once; another language once its words have
	 * loaded (they load the first time it is chosen), so the promise says when it is done.
	 */
	draftIt(): Promise<void> {
		const problem = draftInputProblem(this.input);
		this.inputProblem = problem;
		if (problem !== null) return Promise.resolve();
		const language = draftLanguageOf(this.input.language ?? 'en') ?? 'en';
		if (language === 'en') {
			this.#draftWith(ENGLISH_PACK);
			return Promise.resolve();
		}
		return loadLanguagePack(language).then(
			(pack) => {
				// Unless the editor chose another language while the words loaded.
				if (draftLanguageOf(this.input.language ?? 'en') === pack.language) this.#draftWith(pack);
			},
			(error: Error) => {
				this.inputProblem = `${language}: ${error.message}`;
			}
		);
	}

	/**
	 * The kind words of the pack the draft was made with, for the parts of a split; none
	 * while a draft read back from storage waits for its language's pack (its parts then keep
	 * their kind: see `split`).
	 */
	#kinds?: KindWords;

	/** Loads the kind words of the draft's language, for a draft read back from storage. */
	#kindsFor(language: string | undefined): void {
		const wanted = draftLanguageOf(language ?? 'en') ?? 'en';
		if (wanted === 'en') {
			this.#kinds = ENGLISH_PACK.words.kinds;
			return;
		}
		void loadLanguagePack(wanted).then(
			(pack) => {
				if (draftLanguageOf(this.draft?.input.language ?? 'en') === pack.language)
					this.#kinds = pack.words.kinds;
			},
			// Without its words, a split keeps each part's kind, as before they loaded.
			() => undefined
		);
	}

	#draftWith(pack: LanguagePack): void {
		this.#kinds = pack.words.kinds;
		const draft = draftArticle(
			{
				...this.input,
				published: this.input.published.trim(),
				timeZone: this.input.timeZone.trim()
			},
			pack
		);
		this.#change(draft);
		// Defaults a person would keep, where the editor has not written their own.
		if (!this.headline.trim()) this.headline = firstLine(draft.input.article);
		if (!this.storySummary.trim())
			this.storySummary = proposedSummary(draft.input.article, draft.sentences);
		if (this.storyTitle === DEFAULT_TITLE && this.headline) this.storyTitle = this.headline;
	}

	/** Typing into one field, one change after another, is one step to undo. */
	#change(next: Draft | null, group: string | null = null): void {
		this.history = record(this.history, next, group);
	}

	setStatus(id: string, status: ProposalStatus): void {
		if (this.draft) this.#change(setStatus(this.draft, id, status));
	}

	edit(id: string, wording: Wording): void {
		if (this.draft)
			this.#change(edit(this.draft, id, wording), `${id} ${Object.keys(wording).join(' ')}`);
	}

	setWhen(id: string, when: WhenInput): void {
		if (this.draft) this.#change(setWhen(this.draft, id, when), `${id} when`);
	}

	merge(id: string, otherId: string): void {
		if (this.draft) this.#change(merge(this.draft, id, otherId));
	}

	split(id: string): void {
		if (this.draft) this.#change(split(this.draft, id, this.#kinds));
	}

	undo(): void {
		this.history = undo(this.history);
	}

	redo(): void {
		this.history = redo(this.history);
	}

	/** The accepted proposals as a story file, or the problems that stop it validating. */
	acceptedStory(): { ok: true; story: StoryInput } | { ok: false; issues: StoryIssue[] } {
		if (!this.draft) return { ok: false, issues: [] };
		const story = this.storyOf(this.draft, this.storyId, this.storyTitle, 'accepted');
		const loaded = loadStory(story, `${this.storyId}.json`);
		return loaded.ok ? { ok: true, story } : loaded;
	}

	storyOf(draft: Draft, id: string, title: string, include: 'accepted' | 'proposed'): StoryInput {
		const { storySummary: summary, headline } = this;
		return draftToStory(draft, { id, title, include, undatedAsContext: false, summary, headline });
	}

	/** Everything kept across reloads, as text. */
	savedText(): string {
		const saved: Saved = {
			input: { ...this.input },
			storyId: this.storyId,
			storyTitle: this.storyTitle,
			storySummary: this.storySummary,
			headline: this.headline,
			draft: this.draft
		};
		return writeSaved(saved);
	}

	save(kept: KeptWork): void {
		kept.write(this.savedText());
	}

	/** Reads back what `save` kept; what cannot be trusted is set aside with a notice. */
	restore(text: string | null): void {
		const { saved, notice } = readSaved(text);
		this.restoreNotice = notice;
		if (saved === null) return;
		this.input = saved.input;
		this.storyId = saved.storyId;
		this.storyTitle = saved.storyTitle;
		this.storySummary = saved.storySummary ?? '';
		this.headline = saved.headline ?? '';
		this.history = historyOf(saved.draft);
		this.#kinds = undefined;
		this.#kindsFor(saved.draft?.input.language);
	}
}

const DEFAULT_TITLE = 'Draft story';

/**
 * Every proposal not rejected, loaded as the build would load it. An event with a problem
 * (an inferred date without its note, say) is set aside with the problem, and the rest
 * loaded again, so one bad date does not blank the timeline.
 */
function previewOf(draft: Draft | null): Preview {
	const preview: Preview = { events: new Map(), issues: new Map() };
	if (!draft) return preview;
	// The story's own id and title are checked when it is downloaded, not here.
	const story = draftToStory(draft, {
		id: 'draft-preview',
		title: 'Draft preview',
		include: 'proposed',
		undatedAsContext: false
	});
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
