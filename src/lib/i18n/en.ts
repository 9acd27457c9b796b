/**
 * The interface's words in British English: the catalogue every other one follows
 * (catalogues/*.ts, each checked against this one for missing or extra keys). A message
 * is text with `{name}` places (see plural.ts's `fill`), or a plural's forms, chosen by
 * `Intl.PluralRules` (`one`, `other`, and `zero`, `two`, `few`, `many` where a language has
 * them). Only text: nothing here is read as markup.
 */

/** A plural's forms, by `Intl.PluralRules` category; `other` is the fallback. */
export interface Plural {
	zero?: string;
	one?: string;
	two?: string;
	few?: string;
	many?: string;
	other: string;
}

export const en = {
	viewSwitch: { group: 'Show the events as', timeline: 'Timeline', list: 'List' },
	zoom: {
		group: 'Zoom and pan',
		zoomIn: 'Zoom in',
		zoomInKey: 'Zoom in (+)',
		zoomedIn: 'Zoomed in as far as it goes',
		zoomOut: 'Zoom out',
		zoomOutKey: 'Zoom out (−)',
		zoomedOut: 'Zoomed out as far as it goes',
		fitAll: 'Fit all',
		fitAllKey: 'Show every event (0)',
		earlier: 'Show earlier',
		later: 'Show later',
		atStart: 'At the start of the story',
		atEnd: 'At the end of the story'
	},
	timeline: {
		helpAndLegend: 'Help and legend',
		help: 'Help',
		andLegend: 'and legend',
		zoneLine: 'Times in {zone}',
		wheelHint: 'Use Ctrl (or ⌘) + scroll to zoom the timeline',
		marks: 'Events, in time order',
		overview: {
			one: 'Overview: {n} event, {range}; the view shows {visible}',
			other: 'Overview: {n} events, {range}; the view shows {visible}'
		} as Plural
	},
	help: {
		pointer: 'Ctrl (or ⌘) + scroll or pinch to zoom, drag to pan.',
		touch: 'Pinch to zoom, drag sideways to pan.',
		keys: 'Keys: arrows move between events, Home and End go to the first and last, Enter opens one (or zooms into a group of events), Escape closes it, + and − zoom, 0 fits all.'
	},
	legend: {
		name: 'Legend',
		clusters: 'Events too close to draw apart: zoom in to see them',
		statedDay: 'Stated day',
		statedTime: 'Stated time',
		statedDate: 'Stated date',
		range: 'Some time within the bracket',
		statedSpan: 'Stated span, lasting throughout',
		zoneDay: 'Its day in the place’s own time zone',
		zoneDate: 'Its date in the place’s own time zone',
		inferred: 'Inferred from the narrative',
		editorial: 'Editorial (outside knowledge)',
		approximate: 'Approximate date',
		uncertain: 'Uncertain date',
		byDate: 'By the date',
		orAfter: 'The date or after'
	},
	basis: {
		stated: 'Stated',
		inferred: 'Inferred',
		editorial: 'Editorial',
		statedWhy: 'The source’s own date words, read against its publication date.',
		inferredWhy: 'The source gives no date words; the date is placed by the narrative.',
		editorialWhy: 'Not in the source; added from outside knowledge.'
	},
	dates: {
		someDay: 'some day between',
		someMonth: 'some month between',
		someYear: 'some year between',
		someTime: 'some time between',
		and: 'and',
		from: 'from',
		to: 'to',
		by: 'by {date}',
		after: 'after {date}',
		approximate: 'c. ',
		decade: '{year}s',
		beforeCommonEra: '{year} BC',
		quoted: '“{text}”',
		zone: '({zone})',
		cityTime: '{city} time',
		asWritten: 'as written: “{text}”'
	},
	axis: {
		year: 'Years',
		month: 'Months',
		day: 'Days',
		hour: 'Hours',
		minute: 'Minutes'
	},
	cluster: {
		count: { one: '{n} event', other: '{n} events' } as Plural,
		zoom: 'activate to zoom in',
		list: 'open the list to read them'
	},
	announce: {
		showing: 'Showing {range}',
		passages: { one: '{n} passage highlighted', other: '{n} passages highlighted' } as Plural,
		openedFocus: 'Source opened, {passages}.',
		opened: 'Opened {title}, {passages}.',
		closed: 'Source closed.'
	},
	events: {
		inOrder: 'Events, in time order',
		groupInOrder: '{group}: events, in time order',
		ungrouped: 'Other events'
	},
	details: {
		close: 'Close the source panel',
		when: 'When',
		dateSource: 'Source of the date',
		placed: 'How it is placed',
		readAs: 'How it is read',
		target: 'Target',
		who: 'Who',
		where: 'Where',
		passages: 'Passages',
		/** The buttons that load a video's, an audio's or a map's player. */
		media: {
			video: 'Play video',
			audio: 'Play audio',
			map: 'Show map'
		},
		inArticle: {
			one: '{n} highlighted in the article',
			other: '{n} highlighted in the article'
		} as Plural,
		inSources: {
			one: '{n} highlighted in {sources} sources',
			other: '{n} highlighted in {sources} sources'
		} as Plural
	},
	source: {
		panel: 'Source',
		hint: 'Select an event on the timeline to read its source.',
		passageFrom: 'Passage from {publisher}',
		tabs: 'Sources',
		noHeadline: 'Headline not known',
		noDate: 'Publication date not known',
		licence: 'Reused under the licence {licence}',
		original: 'Original article',
		hintPage: 'Select an event on the timeline, or a highlighted passage, to read its source.'
	},
	corrections: {
		name: 'Corrections',
		label: { one: 'Correction', other: 'Corrections' } as Plural,
		inTitle: 'In {title}: '
	},
	embed: {
		button: 'Embed',
		fullStory: 'Full story on Sourceline ↗',
		credit: 'Timeline by Sourceline',
		pageTitle: 'Sourceline timeline',
		loading: 'Loading the story',
		loadingNow: 'Loading the story…',
		checking: 'Checking the story…',
		loaded: '{size} loaded',
		loadedOf: '{size} of {total}',
		dataFrom: 'story data from'
	},
	exporting: {
		button: 'Export'
	},
	site: { tagline: 'News timelines that show their sources' },
	theme: { legend: 'Theme', system: 'Auto', light: 'Light', dark: 'Dark' },
	body: {
		earlier: {
			one: '{n} earlier event: show all',
			other: '{n} earlier events: show all'
		} as Plural,
		later: { one: '{n} later event: show all', other: '{n} later events: show all' } as Plural,
		both: {
			one: '{earlier} earlier and {n} later event: show all',
			other: '{earlier} earlier and {n} later events: show all'
		} as Plural
	},
	story: {
		updated: 'Updated',
		timeline: {
			one: 'Timeline of {title}: {n} event',
			other: 'Timeline of {title}: {n} events'
		} as Plural
	}
};

export type Widened<T> = {
	[K in keyof T]: T[K] extends string ? string : T[K] extends Plural ? Plural : Widened<T[K]>;
};

/** What every catalogue holds: the English one's keys, each a text or a plural. */
export type Messages = Widened<typeof en>;
