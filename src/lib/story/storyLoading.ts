import type { AnchorResult } from './anchorQuote';
import { withCorrections } from './corrections';
import {
	datedWith,
	resolveDateWith,
	type ResolveContext,
	type ResolveResult
} from './dates/resolveCore';
import type { WordReading } from './dates/wordReading';
import { around, said, type Said } from './said';
import { STORY_FORMAT } from './storyFormat';
import { anchorStyles } from './sourceStyles';
import { anchorStory, sourcesWithText } from './storyQuotes';
import { byInterval, byTime } from './timeOrder';
import type { EventInput, ExcerptInput, PublishedInput, StoryInput, WhenInput } from './storyInput';
import type {
	Era,
	Excerpt,
	ResolvedDate,
	ResolvedEvent,
	ResolvedStory,
	ResolvedWhen,
	Source,
	StoryIssue
} from './types';

export type LoadResult = { ok: true; story: ResolvedStory } | { ok: false; issues: StoryIssue[] };

/** The state of one load. */
interface Loader {
	file: string;
	/** The rules for date words; null where none are needed (see wordsNeeded.ts). */
	words: WordReading | null;
	/** Zone for events that name no place. */
	displayTimeZone: string;
	events: EventInput[];
	/** Where each event id is in `events` (the first, should an id be used twice). */
	eventIndex: Map<string, number>;
	/** Sources that have their text, by id. */
	sources: Map<string, Source>;
	/** Every quote of the story in its source, found source by source (see `anchorBySource`). */
	anchors: Map<ExcerptInput, AnchorResult>;
	/** Publication of every source, by id (null where it is not known). */
	published: Map<string, PublishedInput | null>;
	/** The language of every source, by id: it says what day the source's weeks start on. */
	languages: Map<string, string>;
	issues: StoryIssue[];
	/** Each event's resolved `when` by id; null where it could not be resolved. */
	whens: Map<string, ResolvedDate | null>;
	/**
	 * Each distinct expression and context resolved once per load: the events of one article
	 * often share their date words as well as their publication. A result is only read
	 * (`withDate` copies it), so sharing it is safe.
	 */
	resolutions: Map<string, ResolveResult>;
}

/**
 * Anchors every quote of a validated story in its source and resolves every date, with
 * `words` the rules for date words (loadStory.ts passes them; a checker that loads them on
 * demand asks `needsWordReading` first: wordsNeeded.ts). Events come back in time order: by start, then
 * end, then id. Pure: the same input gives the same output.
 */
export function loadValidated(
	story: StoryInput,
	file: string,
	words: WordReading | null
): LoadResult {
	const sources = sourcesWithText(story);
	const loader: Loader = {
		words,
		file,
		displayTimeZone: story.displayTimeZone,
		events: story.events,
		eventIndex: indexById(story.events),
		sources,
		anchors: anchorStory(sources, story),
		published: new Map(story.sources.map((source) => [source.id, source.published])),
		languages: new Map(story.sources.map((source) => [source.id, source.language])),
		issues: [],
		whens: new Map(),
		resolutions: new Map()
	};
	reportMissingTexts(loader, story);
	anchorStyles(sources, story, (field, problem) => report(loader, field, problem));

	const events = story.events.map((event, i) => loadEvent(loader, event, i));
	const context = anchorAll(loader, story.context ?? [], 'context');
	const eras = resolveEras(loader, story);
	if (loader.issues.length > 0) return { ok: false, issues: loader.issues };

	return {
		ok: true,
		story: {
			...story,
			format: STORY_FORMAT,
			eras,
			sources: [...loader.sources.values()],
			events: withCorrections(events.filter((e) => e !== undefined).sort(byTime), story),
			context
		}
	};
}

function report(loader: Loader, field: string, problem: Said, eventId?: string): void {
	const { message, says } = problem;
	loader.issues.push(
		eventId === undefined
			? { file: loader.file, field, message, says }
			: { file: loader.file, eventId, field, message, says }
	);
}

// ── Sources and quotes ──────────────────────────────────────────────────────

function reportMissingTexts(loader: Loader, story: StoryInput): void {
	story.sources.forEach((source, i) => {
		if (source.text !== undefined) return;
		const problem =
			source.file === undefined
				? said('noText', { id: source.id })
				: said('noTextFile', { id: source.id, file: source.file });
		report(loader, `sources[${i}].text`, problem);
	});
}

/** Anchors each quote in its source, keeping the authored fields; failures become issues. */
function anchorAll<T extends ExcerptInput>(
	loader: Loader,
	quotes: T[],
	path: string,
	eventId?: string
): (T & Excerpt)[] {
	const anchored: (T & Excerpt)[] = [];
	quotes.forEach((quote, i) => {
		const result = loader.anchors.get(quote);
		if (!result) return; // Unknown source or missing text: already reported.
		if (result.ok) anchored.push({ ...quote, ...result.excerpt });
		else {
			const problem = around('inSource', { source: quote.source }, 'problem', result);
			report(loader, `${path}[${i}].exact`, problem, eventId);
		}
	});
	return anchored;
}

// ── Events and dates ────────────────────────────────────────────────────────

function loadEvent(loader: Loader, event: EventInput, index: number): ResolvedEvent | undefined {
	const path = `events[${index}]`;
	const { target: authoredTarget, ...authored } = event;
	const excerpts = anchorAll(loader, event.excerpts, `${path}.excerpts`, event.id);
	checkDateWordsQuoted(loader, event, event.when, `${path}.when`);
	const when = resolveEventWhen(loader, event.id);

	let target: ResolvedWhen | undefined;
	if (authoredTarget) {
		checkDateWordsQuoted(loader, event, authoredTarget, `${path}.target`);
		const date = authoredTarget.sameAs
			? resolveEventWhen(loader, authoredTarget.sameAs)
			: resolveExpression(loader, event, authoredTarget, `${path}.target`);
		if (date) target = withDate(authoredTarget, during(authoredTarget, date));
	}

	if (!when || (authoredTarget && !target)) return undefined;
	const resolved: ResolvedEvent = {
		...authored,
		when: withDate(event.when, during(event.when, when)),
		excerpts
	};
	if (target) resolved.target = target;
	return resolved;
}

/** A date `sameAs` another event happens some time during it, however long that lasts. */
function during(when: WhenInput, date: ResolvedDate): ResolvedDate {
	return when.sameAs === undefined ? date : { ...date, extent: 'within' };
}

/**
 * The resolved `when` of event `id`, following `sameAs` links. A loop, not recursion: a chain
 * of thousands of events costs one step per event and no stack. The chain walked so far
 * catches a link that loops back on itself.
 */
function resolveEventWhen(loader: Loader, id: string): ResolvedDate | null {
	const chain: string[] = [];
	const onChain = new Set<string>();
	let date: ResolvedDate | null | undefined;
	for (let at: string | undefined = id; date === undefined;) {
		const known = loader.whens.get(at);
		const index = loader.eventIndex.get(at);
		const event = index === undefined ? undefined : loader.events[index];
		if (known !== undefined) date = known;
		else if (index === undefined || !event)
			date = null; // An unknown id: already reported by validation.
		else {
			chain.push(at);
			onChain.add(at);
			const { sameAs } = event.when;
			if (sameAs === undefined) {
				date = resolveExpression(loader, event, event.when, `events[${index}].when`);
			} else if (onChain.has(sameAs)) {
				const loop = [...chain.slice(chain.indexOf(sameAs)), sameAs].join(' → ');
				report(loader, `events[${index}].when.sameAs`, said('sameAsLoop', { loop }), at);
				date = null;
			} else at = sameAs;
		}
	}
	for (const link of chain) loader.whens.set(link, date);
	return date;
}

function indexById(events: EventInput[]): Map<string, number> {
	const index = new Map<string, number>();
	events.forEach((event, i) => index.has(event.id) || index.set(event.id, i));
	return index;
}

/** Resolves a date's expression (for `stated`, its `text` by default) in the event's zone. */
function resolveExpression(
	loader: Loader,
	event: EventInput,
	when: WhenInput,
	path: string
): ResolvedDate | null {
	const expression = when.expression ?? when.text;
	// Dates are read against `when.source`, or else the source of the event's first excerpt.
	const sourceId = when.source ?? event.excerpts[0]?.source ?? '';
	const published = loader.published.get(sourceId);
	// Already reported by validation.
	if (expression === null || published === undefined) return null;
	const result = resolveOnce(loader, expression, {
		published: published?.date ?? null,
		publishedTimeZone: published?.timeZone ?? loader.displayTimeZone,
		timeZone: event.place?.timeZone ?? loader.displayTimeZone,
		direction: when.direction,
		language: loader.languages.get(sourceId)
	});
	if (result.ok) return datedWith(result);
	const field = when.expression === undefined ? `${path}.text` : `${path}.expression`;
	report(loader, field, result, event.id);
	return null;
}

/** `resolveDateExpression`, looked up in the load's cache first (see `Loader.resolutions`). */
function resolveOnce(loader: Loader, expression: string, context: ResolveContext): ResolveResult {
	const { published, publishedTimeZone, timeZone, direction, language } = context;
	const key = [expression, published, publishedTimeZone, timeZone, direction, language]
		.map((part) => part ?? '')
		.join('\u0000');
	let result = loader.resolutions.get(key);
	if (result === undefined) {
		result = resolveDateWith(expression, context, loader.words);
		loader.resolutions.set(key, result);
	}
	return result;
}

/**
 * Eras in time order, resolved in the story's display zone; date words in an era's
 * expression are read against the publication of the story's first source.
 */
function resolveEras(loader: Loader, story: StoryInput): Era[] {
	const source = story.sources[0];
	const eras: Era[] = [];
	(story.eras ?? []).forEach((era, i) => {
		if (!source) return; // No source: already reported by validation.
		const result = resolveDateWith(
			era.expression,
			{
				published: source.published?.date ?? null,
				publishedTimeZone: source.published?.timeZone ?? loader.displayTimeZone,
				timeZone: loader.displayTimeZone,
				language: source.language
			},
			loader.words
		);
		// An era is a period that lasts, whatever words name it.
		if (result.ok) eras.push(withDate(era, { ...result.date, extent: 'throughout' }));
		else report(loader, `eras[${i}].expression`, result);
	});
	return eras.sort(byInterval);
}

/** The date words of a stated or inferred date must be the source's own. */
function checkDateWordsQuoted(
	loader: Loader,
	event: EventInput,
	when: WhenInput,
	path: string
): void {
	const { text, basis } = when;
	if (text === null || basis === 'editorial') return;
	if (event.excerpts.some((excerpt) => excerpt.exact.includes(text))) return;
	report(loader, `${path}.text`, said('dateNotQuoted', { text }), event.id);
}

/**
 * The authored date (or era) with its resolution; a stale `modifier` or `qualifier` from an
 * earlier load is dropped, as the new resolution gives them where they apply. An authored
 * `extent` overrides the one the words imply (and a resolved story, loaded again, keeps its own).
 */
function withDate<T extends object>(authored: T, date: ResolvedDate): T & ResolvedDate {
	const copy: Partial<ResolvedDate> = { ...authored };
	const extent = copy.extent ?? date.extent;
	delete copy.modifier;
	delete copy.qualifier;
	delete copy.assumption;
	delete copy.assumes;
	return { ...(copy as T), ...date, extent };
}
