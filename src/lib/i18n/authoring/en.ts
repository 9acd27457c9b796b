import type { Plural } from '../en';

/**
 * The words of the editor (/edit) and the drafting page (/draft) in British English: a
 * catalogue apart from the reader's (../en.ts), loaded with those pages alone, so no story
 * page or embed carries them. Every other catalogue (catalogues/*.ts) follows this one.
 */
export const authoringEn = {
	editor: {
		pageTitle: 'Edit a story · Sourceline',
		pageDescription:
			'Open a Sourceline story or a TimelineJS file, correct or update it and download it.',
		heading: 'Edit a story',
		intro:
			'Open a story, correct or update it, then download the file. Everything happens in this browser: nothing is sent anywhere. Each problem links to the field that fixes it. Ctrl+Z (⌘Z) undoes a change, Ctrl+Shift+Z redoes it.',
		opening: 'Opening {address}…',
		notOpened: 'The file could not be opened',
		download: 'Download the story',
		timelineJson: 'Download as TimelineJS JSON',
		timelineCsv: 'Download as TimelineJS CSV',
		undo: 'Undo',
		redo: 'Redo',
		validates: 'The story validates.',
		toFix: { one: '{n} problem to fix.', other: '{n} problems to fix.' } as Plural,
		problems: 'Problems',
		inEvent: 'event {id}',
		story: 'The story',
		storyId: 'Story id',
		storyTitle: 'Story title',
		storySummary: 'Story summary',
		language: 'Language (BCP 47)',
		displayTimeZone: 'Display time zone',
		events: 'Events ({n})',
		addEvent: 'Add an event',
		sources: 'Sources, quoted words marked',
		sourcesIntro:
			'To quote words word for word, select them here, then press “Quote the selected words” on an event.',
		none: '(none)'
	},
	open: {
		file: 'Open a story file (Sourceline JSON, or TimelineJS JSON or CSV)',
		drop: 'Or drop a file anywhere on this page.',
		address: 'Story address (URL)',
		open: 'Open'
	},
	event: {
		untitled: 'Event {n}',
		moveUp: 'Move up',
		moveDown: 'Move down',
		delete: 'Delete',
		id: 'Id',
		title: 'Title',
		summary: 'Summary',
		kind: 'Kind',
		actors: 'Actors, one a line',
		group: 'Group',
		place: 'Place',
		placeZone: 'Place’s time zone',
		placeZoneHint: 'IANA zone, e.g. Europe/London',
		when: 'When',
		quotes: 'Quoted words',
		quoteSource: 'Source of quote {n}',
		quote: 'Quote {n}, word for word',
		removeQuote: 'Remove quote {n}',
		quoteSelection: 'Quote the selected words',
		media: 'Media',
		mediaKind: 'Media kind',
		mediaUrl: 'Media address (URL)',
		alt: 'Alt text',
		caption: 'Caption',
		credit: 'Credit'
	},
	eras: {
		heading: 'Eras ({n})',
		hint: 'Named periods drawn as background bands, such as a war or a term of office.',
		era: 'Era {n}',
		id: 'Era {n} id',
		label: 'Era {n} label',
		dates: 'Era {n} dates',
		datesHint: 'EDTF or date words: “1939/1945”, “2024-07”.',
		delete: 'Delete era {n}',
		add: 'Add an era'
	},
	date: {
		words: 'Date words, as the source writes them',
		basis: 'How the date is known',
		expression: 'Expression',
		expressionHint:
			'Date words or EDTF the resolver reads: “this Friday”, “19 February 2025”, “1970-04”.',
		note: 'Note',
		noteHint: 'Why the date is inferred, or where an editorial date comes from.',
		sameAs: 'Some time during the event “{id}”',
		noWords: 'No date words or expression yet.',
		readAs: 'Read as {date}',
		notRead: 'Not read: {message}'
	},
	draft: {
		pageTitle: 'Draft a story from an article · Sourceline',
		pageDescription: 'Find the dates in a news article and draft a Sourceline story.',
		heading: 'Draft a story from an article',
		intro:
			'Everything happens in this browser: nothing is sent anywhere. Date words are found and read against the publication date; each proposal quotes its sentence word for word. Accept the events you want, then download the story file. Ctrl+Z undoes a change to the proposals, Ctrl+Shift+Z redoes it.',
		toEditor: 'To correct or update a story you already have, ',
		toEditorLink: 'open it in the editor',
		toEditorEnd: '.',
		timeline: 'Timeline of the proposals',
		timelineLabel: 'Proposed events, not rejected',
		noTimeline: 'No proposal has a date the timeline can show.',
		article: 'The article, date words marked',
		found: {
			one: '{n} date expression found, {unplaced} not placed (dashed).',
			other: '{n} date expressions found, {unplaced} not placed (dashed).'
		} as Plural,
		proposals: 'Proposals',
		showRest: {
			one: 'Show the rest of the article ({n} paragraph)',
			other: 'Show the rest of the article ({n} paragraphs)'
		} as Plural,
		previous: 'Previous proposals',
		next: 'Next proposals',
		range: 'Proposals {first}–{last} of {total}'
	},
	form: {
		article: 'Article text (paste it, or drop a .txt file here)',
		file: 'Or open a text file, or work downloaded from this page',
		published: 'Published (ISO date or date-time)',
		timeZone: 'Time zone of the publication',
		publisher: 'Publisher',
		language: 'Language of the article',
		submit: 'Find dates and propose events'
	},
	proposal: {
		accepted: { event: 'Accepted event', context: 'Accepted context' },
		rejected: { event: 'Rejected event', context: 'Rejected context' },
		proposed: { event: 'Proposed event', context: 'Proposed context' },
		quoted: '“{title}”',
		noDate: 'No date',
		accept: 'Accept',
		reject: 'Reject',
		merge: 'Merge with next',
		mergeInto: '(“{next}”) into “{title}”',
		split: 'Split',
		basis: 'Date basis',
		noBasis: 'None yet',
		stated: 'Stated',
		inferred: 'Inferred',
		editorial: 'Editorial',
		datedAs: 'Dated as “{title}”; an expression replaces that.',
		expression: 'Date expression',
		note: 'Note (why this date)',
		title: 'Title',
		summary: 'Summary',
		kind: 'Kind',
		// Not `other`: an object holding `other` reads as a plural.
		kinds: {
			meeting: 'Meeting',
			statement: 'Statement',
			announcement: 'Announcement',
			travel: 'Travel',
			visit: 'Visit',
			unlisted: 'Other'
		},
		place: 'Place',
		placeZone: 'Time zone of the place'
	},
	download: {
		heading: 'Download the story',
		intro: 'Only accepted proposals go in. The file is checked as the site’s build checks a story.',
		storyId: 'Story id (lower-case words and hyphens)',
		storyTitle: 'Story title',
		storySummary: 'Story summary',
		headline: 'Headline of the article',
		events: { one: '{n} accepted event', other: '{n} accepted events' } as Plural,
		passages: { one: '{n} passage', other: '{n} passages' } as Plural,
		holds: 'The file will hold {events}.',
		holdsContext: 'The file will hold {events} and {passages} of context.',
		undated: {
			one: '{n} accepted event has no date yet and stays out until given one.',
			other: '{n} accepted events have no date yet and stay out until given one.'
		} as Plural,
		button: 'Download story file',
		nothing: 'Nothing to download yet.',
		done: {
			one: 'Downloaded {file}: {n} event.',
			other: 'Downloaded {file}: {n} events.'
		} as Plural,
		invalid: 'The story does not validate yet:'
	},
	kept: {
		otherTab:
			'This draft is open in another tab too, and that tab has just kept its changes. Changes made here are not kept until you choose which work to go on with.',
		otherTabStory:
			'This story is open in another tab too, and that tab has just kept its changes. Changes made here are not kept until you choose which work to go on with.',
		useOther: 'Use the other tab’s work',
		keepThis: 'Keep this tab’s work',
		downloadWork: 'Download the work',
		downloadStored: 'Download what was stored',
		full: 'This browser’s storage for the site is full: the latest changes ({kb} KB of work) are not kept. Download the work to keep it.',
		refused:
			'This browser does not let the page keep its work ({error}). Download the work to keep it.'
	},
	source: {
		region: 'Source {id}, quoted words marked',
		publisher: 'Publisher',
		headline: 'Headline',
		url: 'Address (URL)',
		noText: 'This source has no text in the file.'
	},
	keeping: {
		resumed: 'Reopened as you left it: the story kept in this browser on {when}.',
		startAfresh: 'Start afresh',
		waiting:
			'This browser keeps changes to this story, made on {when}, that the file just opened does not have. Changes are not kept until you choose.',
		goOn: 'Go on with the kept changes',
		useOpened: 'Use the file just opened'
	},
	preview: {
		heading: 'How readers will see it',
		current: 'The timeline as it will be published. Pick an event to go to its card.',
		stale:
			'The timeline as the story last validated: fix the problems above to see the latest changes.',
		label: 'Preview of the story’s timeline'
	},
	addSource: {
		summary: 'Add a source',
		form: 'New source',
		article: 'The article’s text, word for word',
		publisher: 'Publisher',
		headline: 'Headline (the first line, if left empty)',
		published: 'Published (ISO date or date-time)',
		timeZone: 'Time zone of the publication (the story’s, if left empty)',
		url: 'Address (URL)',
		propose: 'Find its dates and propose events from it',
		submit: 'Add the source',
		needPublisher: 'Name the publisher.',
		addedQuote: 'Added “{publisher}” as source {id}: select its words to quote them in an event.',
		addedEvents: {
			one: 'Added “{publisher}” as source {id}, with {n} event proposed from it at the end of the list: check it.',
			other:
				'Added “{publisher}” as source {id}, with {n} events proposed from it at the end of the list: check each one.'
		} as Plural
	}
};

type Widened<T> = {
	[K in keyof T]: T[K] extends string ? string : T[K] extends Plural ? Plural : Widened<T[K]>;
};

/** What every catalogue of the authoring pages holds. */
export type AuthoringMessages = Widened<typeof authoringEn>;
