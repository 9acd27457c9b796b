import type { Plural, Widened } from '../en';

/**
 * The Embed dialog's words in British English: a catalogue apart from the reader's
 * (../en.ts), loaded with the dialog on first use, so no first load carries them. Every
 * other catalogue (catalogues/*.ts) follows this one.
 */
export const sharingEn = {
	title: 'Embed this timeline',
	/** The embedded frame's name, which a screen reader says on entering it. */
	frameTitle: 'Timeline: {title}',
	close: 'Close',
	deeplink: 'The host page’s address follows the selected event (self-sizing code only)',
	iframe: 'Iframe',
	iframeHint:
		'Works wherever iframes are allowed. Its height is fixed, unless the page also loads embed.js.',
	loader: 'Self-sizing',
	loaderHint:
		'A placeholder and our small loader script: the frame grows and shrinks with the story.',
	copy: 'Copy code',
	copied: 'Copied',
	selected: 'Selected: press Ctrl+C (⌘C) to copy',
	preview: 'Preview',
	previewAs: 'As',
	previewLoader: 'the self-sizing code',
	previewIframe: 'the iframe, {height} px high',
	options: {
		theme: 'Theme',
		themeAuto: 'Follow the reader’s system',
		light: 'Light',
		dark: 'Dark',
		language: 'Language',
		storyLanguage: 'The story’s: {name}',
		flow: 'Time runs',
		flowAuto: 'As the language writes',
		ltr: 'Left to right',
		rtl: 'Right to left',
		openAt: 'Open at',
		noEvent: 'No event: the whole timeline',
		eventId: 'an event id',
		panel: 'Reading panel at start',
		panelAuto: 'Open when it opens at an event',
		open: 'Open',
		closed: 'Closed',
		live: 'Look for updates',
		never: 'Never: as it was loaded',
		every: { one: 'Every minute', other: 'Every {n} minutes' } as Plural,
		accent: 'Accent colour',
		accentHint: 'the site’s, or #1971c2',
		font: 'Font',
		fontSite: 'The site’s (system sans-serif)',
		serif: 'Serif',
		mono: 'Monospace',
		export: 'Allow readers to export (picture, calendar, data)',
		range: 'First days shown (empty: every event)',
		from: 'From',
		to: 'To',
		leaveOut: 'Leave out',
		title: 'Title',
		summary: 'Summary',
		search: 'Search',
		help: 'Help text',
		legend: 'Legend'
	},
	problems: {
		backwards: 'The range is left out: its start is after its end.',
		accentFormat: 'The accent “{value}” is left out: write it as #rgb or #rrggbb.',
		accentLight:
			'The accent {colour} is left out: its contrast against the light theme’s background ({surface}) is {ratio}:1, under the {needed}:1 marks need.',
		accentDark:
			'The accent {colour} is left out: its contrast against the dark theme’s background ({surface}) is {ratio}:1, under the {needed}:1 marks need.'
	}
};

/** What every catalogue of the Embed dialog holds. */
export type SharingMessages = Widened<typeof sharingEn>;
