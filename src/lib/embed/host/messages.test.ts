import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
	eventMessage,
	heightMessage,
	isMeasureRequest,
	MAX_HEIGHT,
	parseEmbedMessage,
	parsePymMessage,
	pymMessage,
	revealMessage
} from './messages';

describe('parseEmbedMessage', () => {
	it.each([
		{
			name: 'a height',
			data: { type: 'sourceline:height', height: 412 },
			expected: heightMessage(412)
		},
		{
			name: 'a fractional height, rounded up so nothing is cut',
			data: { type: 'sourceline:height', height: 411.2 },
			expected: { type: 'sourceline:height', height: 412 }
		},
		{
			name: 'a huge height, capped',
			data: { type: 'sourceline:height', height: 1e9 },
			expected: heightMessage(MAX_HEIGHT)
		},
		{ name: 'a negative height', data: { type: 'sourceline:height', height: -1 }, expected: null },
		{
			name: 'a height as text',
			data: { type: 'sourceline:height', height: '400' },
			expected: null
		},
		{ name: 'NaN', data: { type: 'sourceline:height', height: Number.NaN }, expected: null },
		{
			name: 'an event',
			data: { type: 'sourceline:event', event: 'a-b' },
			expected: eventMessage('a-b')
		},
		{
			name: 'no event',
			data: { type: 'sourceline:event', event: null },
			expected: eventMessage(null)
		},
		{
			name: 'an event id as a number',
			data: { type: 'sourceline:event', event: 3 },
			expected: null
		},
		{
			name: 'a part to reveal',
			data: { type: 'sourceline:reveal', top: 620, bottom: 1100, start: false },
			expected: revealMessage(620, 1100)
		},
		{
			name: 'the part of the first event, rounded up to pixels',
			data: { type: 'sourceline:reveal', top: 620.4, bottom: 1100.6, start: true },
			expected: { type: 'sourceline:reveal', top: 621, bottom: 1101, start: true }
		},
		{
			name: 'a part upside down',
			data: { type: 'sourceline:reveal', top: 700, bottom: 600, start: false },
			expected: null
		},
		{
			name: 'a part above the embed',
			data: { type: 'sourceline:reveal', top: -5, bottom: 600, start: false },
			expected: null
		},
		{
			name: 'a part beyond the height limit, capped',
			data: { type: 'sourceline:reveal', top: 0, bottom: 1e9, start: false },
			expected: revealMessage(0, MAX_HEIGHT)
		},
		{
			name: 'a part with no start flag',
			data: { type: 'sourceline:reveal', top: 0, bottom: 10 },
			expected: null
		},
		{
			name: 'a part given as text',
			data: { type: 'sourceline:reveal', top: '0', bottom: 10, start: false },
			expected: null
		},
		{ name: 'another app’s message', data: { type: 'resize', height: 3 }, expected: null },
		{ name: 'a string', data: 'sourceline:height', expected: null },
		{ name: 'null', data: null, expected: null }
	])('$name', ({ data, expected }) => {
		expect(parseEmbedMessage(data)).toEqual(expected);
	});

	it('reads its own messages back', () => {
		expect(parseEmbedMessage(heightMessage(300))).toEqual({
			type: 'sourceline:height',
			height: 300
		});
		expect(parseEmbedMessage(eventMessage('x'))).toEqual({ type: 'sourceline:event', event: 'x' });
		expect(parseEmbedMessage(revealMessage(10, 20, true))).toEqual(revealMessage(10, 20, true));
	});

	it('writes a part within the embed and the limit, never upside down', () => {
		expect(revealMessage(-3, 1e9)).toEqual({
			type: 'sourceline:reveal',
			top: 0,
			bottom: MAX_HEIGHT,
			start: false
		});
		expect(revealMessage(500, 400).bottom).toBe(500);
	});

	it('knows a measure request', () => {
		expect(isMeasureRequest({ type: 'sourceline:measure' })).toBe(true);
		expect(isMeasureRequest({ type: 'sourceline:height' })).toBe(false);
		expect(isMeasureRequest('sourceline:measure')).toBe(false);
	});
});

describe('pym.js messages', () => {
	it.each([
		{ data: 'pymxPYMxstory-1xPYMxwidthxPYMx640', expected: { type: 'width', body: '640' } },
		{ data: 'pymxPYMxstory-1xPYMxheightxPYMx', expected: { type: 'height', body: '' } },
		{ data: 'pymxPYMxstory-2xPYMxwidthxPYMx640', expected: null },
		{ data: 'pymxPYMxstory-1xPYMxwid thxPYMx640', expected: null },
		{ data: 'pymxPYMxstory-1xPYMx640', expected: null },
		{ data: { type: 'width' }, expected: null }
	])('$data', ({ data, expected }) => {
		expect(parsePymMessage(data, 'story-1')).toEqual(expected);
	});

	/**
	 * Runs pym.js's own Child in a stub window, so the format is checked against the library a
	 * host page runs, not against our reading of it.
	 */
	function pymChild(childId: string, bodyHeight: number) {
		const sent: string[] = [];
		const listeners: ((event: { data: unknown; origin: string }) => void)[] = [];
		const element = { className: '', offsetHeight: bodyHeight };
		const context: Record<string, unknown> = {
			module: { exports: {} },
			location: { search: `?initialWidth=600&childId=${childId}` },
			window: {
				parent: { postMessage: (data: string) => sent.push(data) },
				addEventListener: (_type: string, listener: (typeof listeners)[number]) =>
					listeners.push(listener)
			}
		};
		const source = readFileSync(createRequire(import.meta.url).resolve('pym.js'), 'utf8');
		runInNewContext(source, context);
		const window = context.window as Record<string, unknown>;
		window.self = window;
		window.top = {};
		context.document = {
			getElementsByTagName: () => [element],
			createEvent: () => ({ initEvent() {} }),
			dispatchEvent() {}
		};
		const pym = (context.module as { exports: { Child: new () => unknown } }).exports;
		new pym.Child();
		return {
			sent,
			receive: (data: unknown) => listeners.forEach((l) => l({ data, origin: 'https://host.test' }))
		};
	}

	it('writes a height as pym.Child does', () => {
		const child = pymChild('story-1', 412);
		expect(child.sent).toEqual([pymMessage('story-1', 'height', '412')]);
		expect(child.sent[0]).toBe('pymxPYMxstory-1xPYMxheightxPYMx412');
	});

	it('writes a width that pym’s own pattern reads', () => {
		const child = pymChild('story-1', 300);
		child.receive(pymMessage('story-1', 'width', '800'));
		// pym.Child answers a new width with its height: it parsed our message.
		expect(child.sent).toEqual([
			pymMessage('story-1', 'height', '300'),
			pymMessage('story-1', 'height', '300')
		]);
		child.receive(pymMessage('story-9', 'width', '700'));
		expect(child.sent).toHaveLength(2);
	});
});
