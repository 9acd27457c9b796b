import { afterEach, describe, expect, it } from 'vitest';
import { setActive } from '../active';
import { en } from '../en';
import { DEFAULT_LOCALE, type Locale } from '../locales';
import { changesMessage } from './changesMessage';
import { loadLiveWords, resetLiveLocale } from './words';

afterEach(() => {
	setActive(DEFAULT_LOCALE, en);
	resetLiveLocale();
});

const none = { added: [], updated: [], removed: [], storyChanged: false };
const ids = (n: number) => Array.from({ length: n }, (_, i) => `e${i}`);

describe('changesMessage in each language', () => {
	it.each<[Locale, Parameters<typeof changesMessage>[0], string]>([
		[
			'en-GB',
			{ ...none, added: ids(2), updated: ids(1) },
			'The story was updated: 2 events added, 1 updated.'
		],
		['en-GB', { ...none, updated: ids(3) }, 'The story was updated: 3 events updated.'],
		[
			'fr',
			{ ...none, added: ids(1), removed: ids(2) },
			'Le récit a été mis à jour : 1 événement ajouté, 2 retirés.'
		],
		[
			'de',
			{ ...none, updated: ids(2) },
			'Die Geschichte wurde aktualisiert: 2 Ereignisse geändert.'
		],
		['uk', { ...none, added: ids(5) }, 'Історію оновлено: додано 5 подій.'],
		['ar', { ...none, added: ids(2) }, 'حُدّثت القصة: أُضيف حدثان.'],
		['es', { ...none, storyChanged: true }, 'La historia se actualizó.'],
		['it', none, '']
	])('%s: %j', async (locale, changes, message) => {
		setActive(locale, en);
		await loadLiveWords();
		expect(changesMessage(changes)).toBe(message);
	});
});
