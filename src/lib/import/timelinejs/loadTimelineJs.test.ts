import { describe, expect, it } from 'vitest';
import { loadRemoteStory, type Fetch } from '$lib/embed/remote/remoteStory';
import { loadTimelineJs } from './loadTimelineJs';

const URL_OF = new URL('https://news.test/timeline.json');
const timeline = {
	title: { text: { headline: 'Machines', text: 'A sample.' } },
	eras: [{ start_date: { year: 1940 }, end_date: { year: 1949 }, text: { headline: 'Forties' } }],
	events: [
		{
			start_date: { year: '1943', month: '7' },
			end_date: { year: '1946' },
			group: 'Hardware',
			text: { headline: 'ENIAC', text: '<p>Built.</p>' }
		},
		{
			start_date: { year: '1952' },
			display_date: 'In 1952',
			text: { headline: 'Compiler', text: 'Written.' }
		}
	]
};

describe('loadTimelineJs', () => {
	it('converts and loads a TimelineJS file, dates at their own precision', async () => {
		const result = await loadTimelineJs(timeline, URL_OF);
		if (!result.ok) throw new Error(JSON.stringify(result.issues));
		const { story } = result;
		expect(story.title).toBe('Machines');
		// The file names no publisher and no publication date: its address and "not known".
		expect(story.sources[0]).toMatchObject({
			publisher: 'TimelineJS file at news.test',
			url: URL_OF.href,
			urlLabel: 'The TimelineJS file',
			published: null
		});
		expect(story.events.map((e) => [e.id, e.group, e.when.start, e.when.end])).toEqual([
			['eniac', 'Hardware', '1943-07', '1946'],
			['compiler', undefined, '1952', '1952']
		]);
		expect(story.events[1]!.when).toMatchObject({ precision: 'year', basis: 'stated' });
		expect(story.events[0]!.when).toMatchObject({ basis: 'stated', text: '1943-07/1946' });
		expect(story.eras.map((era) => era.label)).toEqual(['Forties']);
	});

	it('reports an import problem as a story problem, naming the slide and field', async () => {
		const broken = { events: [{ start_date: { year: 'x' }, text: { headline: 'Bad' } }] };
		const result = await loadTimelineJs(broken, URL_OF);
		expect(result).toEqual({
			ok: false,
			issues: [
				{
					file: URL_OF.href,
					field: 'events[0] (“Bad”) › start_date.year',
					message: '"x" is not a whole number',
					says: { key: 'tljsNotWhole', values: { value: '"x"' } }
				}
			]
		});
	});
});

describe('loadRemoteStory with a TimelineJS file', () => {
	it('draws it as a story', async () => {
		const fetch: Fetch = async () =>
			new Response(JSON.stringify(timeline), { headers: { 'content-type': 'application/json' } });
		const result = await loadRemoteStory(URL_OF.href, 'https://sourceline.test/embed', fetch);
		expect(result.ok && result.story.events.length).toBe(2);
	});
});
