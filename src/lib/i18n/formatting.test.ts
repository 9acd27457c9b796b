import { afterEach, describe, expect, it } from 'vitest';
import { visibleRangeAnnouncement } from '$lib/a11y/rangeAnnouncement';
import { formatResolvedDate } from '$lib/format/when';
import { matchStatus } from '$lib/search/status';
import { bodyNote } from '$lib/timeline/mainBody';
import { clusterName } from '$lib/timeline/clusterName';
import { axisUnit, formatTick } from '$lib/timeline/tickFormat';
import { setActive } from './active';
import { en } from './en';
import { catalogue } from './loadLocale';
import type { Locale } from './locales';
import { formatCount } from './plural';
import { resetSearchLocale, useSearchLocale } from './search/words';

async function speak(locale: Locale): Promise<void> {
	setActive(locale, await catalogue(locale));
	await useSearchLocale(locale);
}

afterEach(() => {
	setActive('en-GB', en);
	resetSearchLocale();
});

const day = (start: string) =>
	({ start, end: start, precision: 'day', extent: 'within', timeZone: 'Europe/London' }) as const;
const within = {
	start: '2025-02-24',
	end: '2025-02-26',
	precision: 'span',
	extent: 'within',
	timeZone: 'Europe/London'
} as const;
const sixties = { ...day('1960'), end: '1969', precision: 'decade' } as const;
const caesar = { ...day('-0043-03-15') } as const;
const hours = [
	new Date(Date.UTC(2025, 1, 28, 6)),
	new Date(Date.UTC(2025, 1, 28, 12)),
	new Date(Date.UTC(2025, 1, 28, 18))
];
const march = Date.UTC(2025, 2, 3);

describe.each<{
	locale: Locale;
	day: string;
	within: string;
	decade: string;
	bc: string;
	axis: string;
	showing: string;
	cluster: string;
}>([
	{
		locale: 'en-GB',
		day: 'Fri 28 Feb 2025',
		within: 'some day between Mon 24 and Wed 26 Feb 2025',
		decade: '1960s',
		bc: 'Fri 15 Mar 44 BC',
		axis: 'Hours, Fri 28 Feb 2025 (Europe/London)',
		showing: 'Showing 1840 – 1990',
		cluster: '12 events, 3 – 9 March 2025; activate to zoom in'
	},
	{
		locale: 'en-US',
		day: 'Fri Feb 28 2025',
		within: 'some day between Mon Feb 24 and Wed Feb 26 2025',
		decade: '1960s',
		bc: 'Fri Mar 15 44 BC',
		axis: 'Hours, Fri Feb 28 2025 (Europe/London)',
		showing: 'Showing 1840 – 1990',
		cluster: '12 events, March 3 – 9, 2025; activate to zoom in'
	},
	{
		locale: 'fr',
		day: 'ven. 28 févr. 2025',
		within: 'un jour entre lun. 24 et mer. 26 févr. 2025',
		decade: 'années 1960',
		bc: 'ven. 15 mars 44 av. J.-C.',
		axis: 'Heures, ven. 28 févr. 2025 (Europe/London)',
		showing: 'Affichage : 1840 – 1990',
		cluster: '12 événements, 3–9 mars 2025; activer pour zoomer'
	},
	{
		locale: 'de',
		day: 'Fr. 28. Feb. 2025',
		within: 'an einem Tag zwischen Mo. 24. und Mi. 26. Feb. 2025',
		decade: '1960er',
		bc: 'Fr. 15. März 44 v. Chr.',
		axis: 'Stunden, Fr. 28. Feb. 2025 (Europe/London)',
		showing: 'Angezeigt: 1840 – 1990',
		cluster: '12 Ereignisse, 3.–9. März 2025; aktivieren zum Vergrößern'
	},
	{
		locale: 'uk',
		day: 'пт 28 лют. 2025',
		within: 'якогось дня між пн 24 і ср 26 лют. 2025',
		decade: '1960-ті',
		bc: 'пт 15 бер. 44 до н. е.',
		axis: 'Години, пт 28 лют. 2025 р. (Europe/London)',
		showing: 'Показано 1840 – 1990',
		cluster: '12 подій, 3–9 березня 2025 р.; активуйте, щоб збільшити'
	}
])('in $locale', (row) => {
	it('writes dates, spans, decades and years before the common era', async () => {
		await speak(row.locale);
		expect(formatResolvedDate(day('2025-02-28'))).toBe(row.day);
		expect(formatResolvedDate(within)).toBe(row.within);
		expect(formatResolvedDate(sixties)).toBe(row.decade);
		expect(formatResolvedDate(caesar)).toBe(row.bc);
	});

	it('says the axis unit, the zoom and a cluster in its words', async () => {
		await speak(row.locale);
		expect(axisUnit(hours, 'Europe/London')).toBe(row.axis);
		const [from, to] = [new Date(Date.UTC(1840, 0, 1)), new Date(Date.UTC(1991, 0, 1))];
		expect(visibleRangeAnnouncement(from, to, 'year', 'Europe/London')).toBe(row.showing);
		expect(clusterName(12, march, march + 7 * 86_400_000, ['day'])).toBe(row.cluster);
	});
});

describe('plurals by Intl.PluralRules', () => {
	it('Ukrainian counts one, few and many', async () => {
		await speak('uk');
		const names = [1, 3, 5, 21].map((n) => clusterName(n, march, march + 86_400_000, ['day']));
		expect(names.map((name) => name.split(',')[0])).toEqual([
			'1 подія',
			'3 події',
			'5 подій',
			'21 подія'
		]);
	});

	it('Arabic has its dual and its few', async () => {
		await speak('ar');
		const names = [2, 3, 11].map((n) => clusterName(n, march, march + 86_400_000, ['day']));
		expect(names.map((name) => name.split(/[،,]/)[0])).toEqual(['حدثان', '3 أحداث', '11 حدثًا']);
	});

	it('English ticks stay as they were', () => {
		expect(formatTick(hours[1]!, hours)).toBe('12:00');
	});
});

describe('the search status and the body note, in other languages', () => {
	const domain: [number, number] = [Date.UTC(1962, 0, 1), Date.UTC(2025, 2, 20)];
	const body = (earlier: number, later: number) => ({
		domain: [Date.UTC(2025, 1, 24), Date.UTC(2025, 2, 7)] as [number, number],
		earlier,
		later
	});
	const view: [number, number] = [Date.UTC(2025, 1, 20), Date.UTC(2025, 2, 10)];

	it.each<[Locale, string, string, string]>([
		[
			'fr',
			'Résultats : 3 sur 11 événements',
			'1 événement antérieur : tout afficher',
			'Événements : 2 avant, 3 après ; tout afficher'
		],
		[
			'uk',
			'Збіги: 3 з 11 подій',
			'1 раніша подія: показати все',
			'Події: 2 раніше, 3 пізніше — показати все'
		],
		[
			'de',
			'Treffer: 3 von 11 Ereignissen',
			'1 früheres Ereignis: alle zeigen',
			'Ereignisse: 2 früher, 3 später – alle zeigen'
		]
	])('%s', async (locale, status, one, both) => {
		await speak(locale);
		expect(matchStatus(3, 11)).toBe(status);
		expect(bodyNote(body(1, 0), view, domain)).toBe(one);
		expect(bodyNote(body(2, 3), view, domain)).toBe(both);
	});

	it('counts in the language’s digits and says the one event as Arabic does', async () => {
		await speak('ar');
		expect(matchStatus(1, 1)).toBe(`النتائج: ${formatCount(1)} من حدث واحد`);
		expect(bodyNote(body(0, 2), view, domain)).toBe('حدثان لاحقان: عرض الكل');
	});
});
