import type { LanguageWords } from './languageWords';

/** English: the words drafting has always read (see languageWords.ts). */
export const ENGLISH_WORDS: LanguageWords = {
	locale: 'en',
	/** Titles, months ("by Dec. 10."), companies' and countries' short forms. */
	abbreviation:
		/(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Prof|Lt|Col|Sgt|Capt|Rev|Jr|Sr|No|vs|etc|approx|U\.S|U\.K|e\.g|i\.e|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Inc|Corp|Ltd|Co)\.$/,
	/** "a.m." and "p.m." end a sentence as often as not: they run on only into a day's name. */
	runsOn: {
		end: /\d\s?[ap]\.m\.$/i,
		into: /^(?:on\s)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tomorrow|yesterday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/
	},
	quotes: { '“': '”', '"': '"' },
	future:
		/\b(?:will|won[’']t|shall|could|might|going to|(?:is|are) set (?:to|for)|(?:is|are) due to|(?:is|are) expected to|plans? to|intends? to)\b|[’']ll\b/i,
	/** Irregular past forms that are no present forms too (not "cut", "put", "set", "hit", "read"). */
	past: /\b(?:was|were|had|did|didn[’']t|wasn[’']t|weren[’']t|hadn[’']t|said|told|came|went|met|made|gave|took|spoke|saw|began|left|won|lost|got|held|ago|rose|fell|grew|sold|bought|paid|led|ran|became|brought|built|chose|drew|drove|fought|found|flew|kept|knew|sent|shook|shot|sank|stood|stole|struck|taught|thought|threw|wrote|sought|fled|dealt|felt|heard|withdrew|swept|broke|caught|forgot|froze|hung|meant|overtook|sprang|spent|stuck|swore|tore|underwent|upheld|woke|wore|wound|arose|bore|fed|lent|slid|slept|swung|sat|sang|rang)\b/i,
	regularPast: /\b[a-z]{2,}ed\b/gi,
	notPast:
		/^(?:need|feed|seed|speed|breed|proceed|exceed|succeed|bleed|indeed|united|shed|red|bed|wed|embed)$/i,
	/** A participle after a present or future "be" (will be reviewed, is closed): no past verb. */
	passive: /\b(?:be|been|being|is|are|am)\s+[a-z]{2,}ed\b/gi,
	perfect: null,
	looksAhead:
		/\b(?:would|will|won[’']t|shall|could|might|going to|expected to|set to|due to|plans? to|intends? to|aims? to|hopes? to|(?:promised|vowed|pledged|voted|agreed|decided|moved|threatened) to|must|has to|have to|needs? to)\b|[’']ll\b/gi,
	/** A comma alone does not ("in September, down from 8.7 per cent in April"). */
	clauseBoundary: /(?:;|,? and|, but|, then|, while|, before|, after|, when)\s+/g,
	attribution:
		/^\S+(?: \S+){0,3}? (?:said|says|told|added|reported)\b|^(?:said|says|told|added)\b/i,
	kinds: [
		['meeting', /\b(?:met|meets?|meeting|talks|summit|face-to-face|sit-down)\b/i],
		['visit', /\bvisit(?:s|ed|ing)?\b/i],
		[
			'travel',
			/\b(?:flew|flies|fly|flying|travel(?:l?ed|l?ing|s)?|trip|journey|plane|arriv(?:e|ed|es|ing)|touch(?:ed)? down)\b/i
		],
		[
			'announcement',
			/\b(?:announc\w*|unveil\w*|promis(?:e|ed|es)|pledg(?:e|ed|es)|launch\w*|publish\w*)\b/i
		],
		['statement', /\b(?:said|says|told|tells|added|stated|warned|claimed|insisted|praised)\b/i]
	]
};
