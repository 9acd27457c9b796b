import type { Locale } from '$lib/i18n/locales';
import { readAccent, type HouseFont, type LowContrast } from './houseStyle';
import type { EmbedTheme, HideablePart, PanelState } from './options';
import { EMBED_PROTOCOL } from './protocol';

/**
 * What the Embed dialog's form holds, and the embed options it makes: only the values that
 * differ from the embed's defaults, so the code a newsroom pastes says no more than it must.
 */
export interface EmbedChoices {
	theme: EmbedTheme;
	/** The event to open at; '' for none. */
	event: string;
	/** The first range shown, as `YYYY-MM-DD` days (a date input's value); '' for the story's. */
	from: string;
	to: string;
	/** The reading panel at start; '' for the default (open with an event, else closed). */
	panel: PanelState | '';
	hide: HideablePart[];
	/** The interface's language; '' for the story's own (see i18n/locales.ts). */
	lang: Locale | '';
	/** Which way time runs; '' as the language writes (see i18n/locales.ts, `timeFlow`). */
	flow: 'ltr' | 'rtl' | '';
	/** How often a published story's embed looks at its file again, in seconds; '' never. */
	live: LiveEvery;
	/** Whether readers of the embed get the Export menu (`export=1`). */
	export: boolean;
	/** The host's accent colour (`#rrggbb`); '' for the site's. */
	accent: string;
	/** The host's font stack; '' for the site's (sans). */
	font: HouseFont | '';
}

/** The intervals the dialog offers for `live=` (the embed takes any number from 15 up). */
export const LIVE_EVERY = ['', '60', '300', '900'] as const;
export type LiveEvery = (typeof LIVE_EVERY)[number];

export const DEFAULT_CHOICES: EmbedChoices = {
	theme: 'auto',
	event: '',
	from: '',
	to: '',
	panel: '',
	hide: [],
	lang: '',
	flow: '',
	live: '',
	export: false,
	accent: '',
	font: ''
};

/** A choice left out of the code, and why (the dialog says it in the page's language). */
export type ChoiceProblem =
	| { kind: 'backwards' }
	| { kind: 'accentFormat'; value: string }
	| ({ kind: 'accentContrast' } & LowContrast);

export interface ChosenOptions {
	/** Embed options by name, in the protocol's order; null where the default stands. */
	options: Record<string, string | null>;
	problems: ChoiceProblem[];
}

export function embedOptionsFor(choices: EmbedChoices): ChosenOptions {
	const backwards = choices.from !== '' && choices.to !== '' && choices.from > choices.to;
	const accent = choices.accent.trim() === '' ? null : readAccent(choices.accent);
	const defaultPanel: PanelState = choices.event ? 'open' : 'closed';
	const values: Record<string, string> = {
		event: choices.event,
		from: backwards ? '' : choices.from,
		to: backwards ? '' : choices.to,
		theme: choices.theme === 'auto' ? '' : choices.theme,
		panel: choices.panel === defaultPanel ? '' : choices.panel,
		hide: EMBED_PROTOCOL.hideable.filter((part) => choices.hide.includes(part)).join(','),
		lang: choices.lang,
		flow: choices.flow,
		live: choices.live,
		export: choices.export ? '1' : '',
		accent: accent?.ok ? accent.colour : '',
		font: choices.font
	};
	const problems: ChoiceProblem[] = [];
	if (backwards) problems.push({ kind: 'backwards' });
	if (accent && !accent.ok)
		problems.push(
			accent.low
				? { kind: 'accentContrast', ...accent.low }
				: { kind: 'accentFormat', value: choices.accent.trim() }
		);
	const options = Object.fromEntries(
		EMBED_PROTOCOL.options.map((name) => [name, values[name] || null])
	);
	return { options, problems };
}
