import { describe, expect, it } from 'vitest';
import type { StoryInput } from './storyInput';
import {
	loadIssues,
	loadTestStory,
	OUT_OF_ORDER_TEXT,
	outOfOrderStory,
	TEST_FILE,
	testEvent
} from './testing';

const FILE = TEST_FILE;

const loaded = (input: StoryInput) => loadTestStory(input);

describe('loadStory', () => {
	it('sorts events by start, then end, then id', () => {
		const events = loaded(outOfOrderStory()).events;
		expect(events.map((e) => [e.id, e.when.startsAt, e.when.endsAt])).toEqual([
			['pledge', '2025-02-24T00:00:00.000Z', '2025-02-27T00:00:00.000Z'],
			['source-spoke', '2025-02-24T00:00:00.000Z', '2025-02-28T00:00:00.000Z'],
			['macron-visit', '2025-02-24T05:00:00.000Z', '2025-02-27T05:00:00.000Z'],
			['starmer-flight', '2025-02-25T00:00:00.000Z', '2025-02-26T00:00:00.000Z'],
			['starmer-remarks', '2025-02-25T00:00:00.000Z', '2025-02-26T00:00:00.000Z'],
			['zelenskyy-meets-trump', '2025-02-28T05:00:00.000Z', '2025-03-01T05:00:00.000Z']
		]);
	});

	it('keeps authored fields and adds the resolved ones', () => {
		const input = outOfOrderStory();
		const result = loaded(input);
		const pledge = result.events.find((e) => e.id === 'pledge');
		expect(pledge).toMatchObject({
			title: 'pledge',
			kind: 'other',
			when: {
				basis: 'inferred',
				expression: 'earlier this week',
				note: 'Before print.',
				start: '2025-02-24',
				end: '2025-02-26',
				precision: 'span',
				timeZone: 'Europe/London'
			},
			target: {
				text: 'by 2027',
				start: '2025-02-27',
				end: '2027-12-31',
				modifier: 'before',
				precision: 'span'
			}
		});
		expect(pledge?.excerpts[0]).toEqual({
			source: 'paper',
			exact: 'He pledged more for defence by 2027.',
			prefix: OUT_OF_ORDER_TEXT.slice(
				OUT_OF_ORDER_TEXT.indexOf('He pledged') - 32,
				OUT_OF_ORDER_TEXT.indexOf('He pledged')
			),
			suffix: OUT_OF_ORDER_TEXT.slice(
				OUT_OF_ORDER_TEXT.indexOf('A source') - 1,
				OUT_OF_ORDER_TEXT.indexOf('A source') + 31
			),
			start: OUT_OF_ORDER_TEXT.indexOf('He pledged'),
			end: OUT_OF_ORDER_TEXT.indexOf('He pledged') + 36
		});
		expect(result.sources[0]?.text).toBe(OUT_OF_ORDER_TEXT);
		expect(result.context).toEqual([
			expect.objectContaining({
				reason: 'Analysis.',
				start: OUT_OF_ORDER_TEXT.indexOf('this is a turning')
			})
		]);
		expect(input).toEqual(outOfOrderStory());
	});

	it('resolves each date in its event’s zone', () => {
		const events = loaded(outOfOrderStory()).events;
		const friday = events.find((e) => e.id === 'zelenskyy-meets-trump');
		expect(friday?.when).toMatchObject({ start: '2025-02-28', timeZone: 'America/New_York' });
	});

	it('copies the interval of a sameAs event, following chains', () => {
		const input = outOfOrderStory();
		input.events.push(
			testEvent('later-remark', {
				when: { text: null, basis: 'inferred', sameAs: 'starmer-remarks', note: 'Same flight.' }
			})
		);
		const events = loaded(input).events;
		const flight = events.find((e) => e.id === 'starmer-flight');
		const { start, end, precision, timeZone, startsAt, endsAt } = flight?.when ?? {};
		for (const id of ['starmer-remarks', 'later-remark']) {
			expect(events.find((e) => e.id === id)?.when).toEqual(
				expect.objectContaining({ start, end, precision, timeZone, startsAt, endsAt })
			);
		}
		expect(events.find((e) => e.id === 'starmer-remarks')?.when.sameAs).toBe('starmer-flight');
	});

	it('reports a sameAs cycle', () => {
		const input = outOfOrderStory();
		input.events[3] = testEvent('starmer-flight', {
			when: { text: null, basis: 'inferred', sameAs: 'starmer-remarks', note: 'Loop.' }
		});
		expect(loadIssues(input)).toMatchObject([
			{
				file: FILE,
				eventId: 'starmer-flight',
				field: 'events[3].when.sameAs',
				message:
					'"sameAs" goes round in a circle: starmer-remarks → starmer-flight → starmer-remarks'
			}
		]);
	});

	it('reports stated date words that are not in the excerpts', () => {
		const input = outOfOrderStory();
		input.events[3] = testEvent('starmer-flight', {
			when: { text: 'on Wednesday', basis: 'stated' }
		});
		expect(loadIssues(input)).toMatchObject([
			{
				file: FILE,
				eventId: 'starmer-flight',
				field: 'events[3].when.text',
				message: expect.stringMatching(/"on Wednesday" is not in any of the event's excerpts/)
			}
		]);
	});

	it('reports target date words that are not in the excerpts', () => {
		const input = outOfOrderStory();
		const pledge = input.events[5];
		if (pledge) pledge.target = { text: 'by 2030', basis: 'stated' };
		expect(loadIssues(input)).toEqual([
			expect.objectContaining({ eventId: 'pledge', field: 'events[5].target.text' })
		]);
	});

	it('reports date words the resolver does not read', () => {
		const input = outOfOrderStory();
		const pledge = input.events[5];
		if (pledge) pledge.when.expression = 'a while ago';
		expect(loadIssues(input)).toMatchObject([
			{
				file: FILE,
				eventId: 'pledge',
				field: 'events[5].when.expression',
				message: expect.stringMatching(/^Unrecognised date words "a while ago"/)
			}
		]);
	});

	it('reports a quote not found in its source', () => {
		const input = outOfOrderStory();
		const remarks = input.events[1];
		if (remarks) remarks.excerpts = [{ source: 'paper', exact: 'Putin will "come again"' }];
		expect(loadIssues(input)).toMatchObject([
			{
				file: FILE,
				eventId: 'starmer-remarks',
				field: 'events[1].excerpts[0].exact',
				message: expect.stringMatching(/curly quotes.*\(source "paper"\)$/)
			}
		]);
	});

	it('reports a context passage not found', () => {
		const input = outOfOrderStory();
		input.context = [{ source: 'paper', exact: 'a turning-point', reason: 'Analysis.' }];
		expect(loadIssues(input)).toMatchObject([
			{
				file: FILE,
				field: 'context[0].exact',
				message: 'The quote is not in the source verbatim (source "paper")'
			}
		]);
	});

	it('reports a source whose file was not read into text', () => {
		const input = outOfOrderStory();
		delete input.sources[0]?.text;
		expect(loadIssues(input)).toMatchObject([
			{
				file: FILE,
				field: 'sources[0].text',
				message: 'Source "paper" has no text (the build reads it from "article.txt")'
			}
		]);
	});

	it('passes validation issues through', () => {
		expect(loadIssues({ ...outOfOrderStory(), format: 'other' })).toEqual([
			expect.objectContaining({ file: FILE, field: 'format' })
		]);
	});

	it('gives the same story when fed its own output', () => {
		const first = loaded(outOfOrderStory());
		const again = loaded(JSON.parse(JSON.stringify(first)));
		expect(again).toEqual(first);
	});
});
