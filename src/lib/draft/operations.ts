import type { WhenInput } from '../story/storyInput';
import { mentionsWithin } from './clauses';
import type { KindWords } from './kind';
import { proposalIds, proposeSentence } from './proposals';
import type { Draft, Proposal, ProposalStatus } from './types';

/** The editor's operations on a draft. Each returns a new draft; the old one is unchanged. */

function update(draft: Draft, id: string, change: (proposal: Proposal) => Proposal): Draft {
	return {
		...draft,
		proposals: draft.proposals.map((proposal) => (proposal.id === id ? change(proposal) : proposal))
	};
}

export function setStatus(draft: Draft, id: string, status: ProposalStatus): Draft {
	return update(draft, id, (proposal) => ({ ...proposal, status }));
}

/** The fields an editor writes in their own words. */
export type Wording = Partial<Pick<Proposal, 'title' | 'summary' | 'kind' | 'place'>>;

/** Changes the title, summary, kind or place; a place without a name is no place. */
export function edit(draft: Draft, id: string, wording: Wording): Draft {
	return update(draft, id, (proposal) => {
		const edited = { ...proposal, ...wording };
		if (!edited.place?.name && !edited.place?.timeZone) delete edited.place;
		return edited;
	});
}

const BY_THE_EDITOR = {
	inferred: 'Inferred by the editor; the note gives the reasoning.',
	editorial: 'Editorial: a date from outside the article; the note says where from.'
};

/** Sets the date: its basis, expression and note (`text` stays the article's words). */
export function setWhen(draft: Draft, id: string, when: WhenInput): Draft {
	const why = when.basis === 'stated' ? `Stated: “${when.text}”.` : BY_THE_EDITOR[when.basis];
	return update(draft, id, (proposal) => ({ ...proposal, role: 'event', when, why }));
}

/** A date taken from `id` (`sameAs`) is no date of its own once `id` and it are one. */
const ownWhen = (proposal: Proposal, id: string): WhenInput | null =>
	proposal.when?.sameAs === id ? null : proposal.when;

/**
 * Merges proposal `otherId` into `id`: one event quoting both passages, in text order,
 * dated by the first that has a date of its own (not one taken from the other). It stays
 * accepted if either was; proposals dated by the other (`sameAs`) are dated by it now.
 */
export function merge(draft: Draft, id: string, otherId: string): Draft {
	const first = draft.proposals.find((proposal) => proposal.id === id);
	const other = draft.proposals.find((proposal) => proposal.id === otherId);
	if (!first || !other || first === other) return draft;
	const firstWhen = ownWhen(first, other.id);
	const when = firstWhen ?? ownWhen(other, first.id);
	const target = first.target ?? other.target;
	const merged: Proposal = {
		...first,
		role: 'event',
		status: first.status === 'accepted' || other.status === 'accepted' ? 'accepted' : 'proposed',
		excerpts: [...first.excerpts, ...other.excerpts].sort((a, b) => a.start - b.start),
		when,
		why: firstWhen ? first.why : when ? other.why : first.why
	};
	if (target) merged.target = target;
	else delete merged.target;
	return {
		...draft,
		proposals: draft.proposals
			.filter((proposal) => proposal !== other)
			.map((proposal) => (proposal === first ? merged : proposal))
			.map((proposal) =>
				proposal.when?.sameAs === other.id
					? { ...proposal, when: { ...proposal.when, sameAs: first.id } }
					: proposal
			)
	};
}

/**
 * Splits a proposal of several passages into one a passage, each proposed afresh from its
 * sentence; the first keeps the id, title and status. Each kind is guessed by `kinds`, the
 * words of the draft's language; without them (its pack not loaded), each keeps the kind of
 * the proposal it is split from.
 */
export function split(draft: Draft, id: string, kinds?: KindWords): Draft {
	const index = draft.proposals.findIndex((proposal) => proposal.id === id);
	const proposal = draft.proposals[index];
	if (!proposal || proposal.excerpts.length < 2) return draft;
	const idFor = proposalIds(draft.proposals.map((p) => p.id));
	const parts = proposal.excerpts.map((excerpt, i) => {
		const mentions = mentionsWithin(draft.mentions, excerpt);
		const proposed = proposeSentence(draft.input.article, excerpt, mentions, idFor, kinds ?? []);
		const fresh = kinds ? proposed : { ...proposed, kind: proposal.kind };
		return i === 0 ? { ...fresh, id, title: proposal.title, status: proposal.status } : fresh;
	});
	const proposals = [...draft.proposals];
	proposals.splice(index, 1, ...parts);
	return { ...draft, proposals };
}
