/** The words of a perfect told with its auxiliary far from its participle; each pattern global. */
export interface PerfectWords {
	auxiliary: RegExp;
	participle: RegExp;
	clauseEnd: RegExp;
}

/**
 * The first auxiliary of a perfect that a participle follows before its clause ends ("hat am
 * Montag den Vertrag unterzeichnet"), as a past verb with its offset, or null: one walk over
 * the three kinds of match, in text order.
 */
export const perfectTense =
	(words: PerfectWords) =>
	(text: string): { word: string; index: number } | null => {
		const marks = [
			...[...text.matchAll(words.auxiliary)].map((m) => ({ kind: 0, m })),
			...[...text.matchAll(words.participle)].map((m) => ({ kind: 1, m })),
			...[...text.matchAll(words.clauseEnd)].map((m) => ({ kind: 2, m }))
		].sort((a, b) => a.m.index - b.m.index || a.kind - b.kind);
		let open: RegExpExecArray | null = null;
		for (const { kind, m } of marks) {
			if (kind === 0) open ??= m;
			else if (kind === 2) open = null;
			else if (open && m.index > open.index) return { word: open[0], index: open.index };
		}
		return null;
	};
