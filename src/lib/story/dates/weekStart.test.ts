import { describe, expect, it } from 'vitest';
import { checkText } from '../../i18n/checks/checkText';
import fr from '../../i18n/checks/catalogues/fr';
import { loadTestStory, testEvent, testStory } from '../testing';
import { resolveDateExpression } from './resolveDate';
import { weekStartsOn } from './weekStart';

const THURSDAY = '2025-02-27';
const SUNDAY = '2025-02-23';

function read(words: string, language: string | undefined, published = THURSDAY) {
	const result = resolveDateExpression(words, {
		published,
		publishedTimeZone: 'America/New_York',
		timeZone: 'America/New_York',
		...(language && { language })
	});
	if (!result.ok) throw new Error(result.message);
	return { span: [result.date.start, result.date.end], note: result.assumption?.message };
}

describe('a week is counted as the source’s language counts it', () => {
	it.each([
		// Thursday 27 February 2025.
		['this week', 'en-GB', ['2025-02-24', '2025-03-02']],
		['this week', 'en-US', ['2025-02-23', '2025-03-01']],
		['this week', 'ar-EG', ['2025-02-22', '2025-02-28']],
		['this week', 'fr-CA', ['2025-02-23', '2025-03-01']],
		['this week', 'fr-FR', ['2025-02-24', '2025-03-02']],
		['last week', 'en-US', ['2025-02-16', '2025-02-22']],
		['next week', 'en-US', ['2025-03-02', '2025-03-08']],
		['earlier this week', 'en-US', ['2025-02-23', '2025-02-26']],
		['earlier this week', 'en-GB', ['2025-02-24', '2025-02-26']],
		['later this week', 'en-US', ['2025-02-28', '2025-03-01']],
		['so far this week', 'en-US', ['2025-02-23', '2025-02-27']],
		['two weeks ago', 'en-US', ['2025-02-09', '2025-02-15']],
		['since last week', 'en-US', ['2025-02-16', '2025-02-27']],
		// No region: ISO 8601's week, Monday to Sunday.
		['this week', 'en', ['2025-02-24', '2025-03-02']]
	])('%s in %s', (words, language, span) => {
		expect(read(words, language).span).toEqual(span);
	});

	it('says how the week was counted, naming the language', () => {
		expect(read('this week', 'en-US').note).toBe(
			'Weeks are taken to run Sunday to Saturday, as they do in the source’s language (en-US).'
		);
		expect(read('this week', 'en-GB').note).toMatch(/^Weeks are taken to run Monday to Sunday/);
		expect(read('this week', 'en').note).toMatch(/\(en\) names no region/);
		expect(read('this week', undefined).note).toMatch(/the source’s language is not known/);
	});

	it('a weekday named with “this” keeps to Monday-to-Sunday weeks: “this Sunday” is the coming one', () => {
		expect(read('this Sunday', 'en-US').span).toEqual(['2025-03-02', '2025-03-02']);
	});

	it('the first day of the week has no earlier day, whichever day that is', () => {
		const result = resolveDateExpression('earlier this week', {
			published: SUNDAY,
			publishedTimeZone: 'UTC',
			timeZone: 'UTC',
			language: 'en-US'
		});
		expect(result).toMatchObject({
			ok: false,
			message:
				'Cannot resolve "earlier this week": the publication day is a Sunday, the first of its week, so the week has no earlier day'
		});
		expect(read('earlier this week', 'en-GB', SUNDAY).span).toEqual(['2025-02-17', '2025-02-22']);
	});

	it('knows the regions whose weeks start on Sunday, Saturday or Friday', () => {
		expect([
			weekStartsOn('US'),
			weekStartsOn('GB'),
			weekStartsOn('EG'),
			weekStartsOn('MV')
		]).toEqual([0, 1, 6, 5]);
		expect(weekStartsOn(undefined)).toBe(1);
	});

	it('travels with the event, as words a reader’s view writes in the reader’s language', () => {
		const story = testStory({
			events: [testEvent('met', { when: { text: 'this week', basis: 'stated' } })]
		});
		story.sources[0]!.language = 'en-US';
		story.sources[0]!.text = `They met this week. ${story.sources[0]!.text}`;
		story.events[0]!.excerpts = [{ source: story.sources[0]!.id, exact: 'They met this week.' }];
		const { when } = loadTestStory(story).events[0]!;
		expect(when.assumes).toEqual({
			key: 'weeksRun',
			values: { first: { key: 'sunday' }, last: { key: 'saturday' }, language: 'en-US' }
		});
		expect(checkText(when.assumes!, fr, 'fr')).toBe(
			'Les semaines sont comptées du dimanche au samedi, comme dans la langue de la source (en-US).'
		);
	});
});
