import type { EventKind, Place, WhenInput } from '../story/storyInput';
import type { ResolvedDate } from '../story/types';

/** What the editor gives: the article and when and where it was published. */
export interface DraftInput {
	/** The article's text, byte-exact: every quote is a slice of it. */
	article: string;
	/** ISO date (`2025-02-27`) or date-time with offset. */
	published: string;
	/** IANA zone of the publication; calendar days are counted in it. */
	timeZone: string;
	publisher: string;
	/** BCP 47 tag of the article's language (see languages.ts); English when left out. */
	language?: string;
}

/** A half-open range of UTF-16 offsets into the article. */
export interface TextRange {
	start: number;
	end: number;
}

/** Which way a sentence's verbs point: `unknown` when they point both ways or nowhere. */
export type Tense = 'past' | 'future' | 'unknown';

/** Date words found in the article, with what the resolver made of them. */
export interface Mention extends TextRange {
	id: string;
	/** The words exactly as the article writes them. */
	words: string;
	/**
	 * The English date words the resolver reads them as, where the article is in another
	 * language ("la semaine dernière" is "last week"): the story keeps them as the date's
	 * `expression`, beside the article's own words.
	 */
	reading?: string;
	/** Who found them: the project's own news phrases, or chrono-node's general parser. */
	finder: 'news' | 'chrono';
	/** Index of the sentence they are in. */
	sentence: number;
	/** Null where the words cannot be placed; `reason` says why. */
	date: ResolvedDate | null;
	reason?: string;
	/** Set only where the words need it (a bare weekday, a date without a year, a season). */
	direction?: 'past' | 'future';
	/** The words of the date these count from ("three months later" after "on 3 May"). */
	countedFrom?: string;
	/** The words naming what these refer back to ("the quarter" after "third-quarter"). */
	refersTo?: string;
	/** What the reading takes for granted (a fiscal year's start, a hemisphere), in words. */
	assumption?: string;
	/**
	 * The past verb of reported speech these words are told in ("told … would be finished by
	 * the end of the year"): they say what the happening points to, not when it happened.
	 */
	toldIn?: string;
	/** A deadline (`by 2027`): what the event points to rather than when it happens. */
	deadline: boolean;
}

export type ProposalStatus = 'proposed' | 'accepted' | 'rejected';

export interface Proposal {
	id: string;
	title: string;
	/** One line in the editor's words; none yet means the sentence it quotes. */
	summary?: string;
	kind?: EventKind;
	/** Where it happened; its days are then counted in the place's zone. */
	place?: Place;
	status: ProposalStatus;
	/** An event to draw, or a passage kept as context (no dated happening). */
	role: 'event' | 'context';
	/** Whole sentences of the article (or the clause of one that tells its own happening), in text order. */
	excerpts: TextRange[];
	/** Null for an event whose date words could not be placed (see `why`). */
	when: WhenInput | null;
	target?: WhenInput;
	/** Why the proposal is dated (or not) as it is. */
	why: string;
}

export interface Draft {
	input: DraftInput;
	sentences: TextRange[];
	mentions: Mention[];
	proposals: Proposal[];
}
