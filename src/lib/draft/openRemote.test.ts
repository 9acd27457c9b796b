import { describe, expect, it } from 'vitest';
import { smallStory, validStory } from '$lib/story/testing';
import { openRemoteStory } from './openRemote';

const serve =
	(body: string, status = 200) =>
	async () =>
		new Response(body, { status });
const base = 'https://editor.example/edit';

describe('openRemoteStory', () => {
	it('opens a valid story in its authored form', async () => {
		// A published story: dates and quotes resolved.
		const story = smallStory();
		const opened = await openRemoteStory('/stories/a.json', base, serve(JSON.stringify(story)));
		expect(opened.issues).toEqual([]);
		expect(opened.story).toMatchObject({ id: story.id, title: story.title });
		expect(JSON.stringify(opened.story)).not.toContain('startsAt');
	});

	it('opens a story that fails validation as it is, so nothing is lost', async () => {
		const broken = { ...validStory(), title: '' };
		const opened = await openRemoteStory('/stories/a.json', base, serve(JSON.stringify(broken)));
		expect(opened).toEqual({ story: broken, issues: [] });
	});

	it.each([
		[
			'an address that is not http(s)',
			'javascript:alert(1)',
			serve('{}'),
			/not an http\(s\) address/
		],
		[
			'credentials in the address',
			'https://a:b@x.example/s.json',
			serve('{}'),
			/user name or password/
		],
		['a missing file', '/stories/none.json', serve('', 404), /404/],
		['a file that is not JSON', '/stories/a.json', serve('<html>'), /not JSON/]
	])('says why it cannot open %s', async (_, src, fetch, message) => {
		const opened = await openRemoteStory(src, base, fetch);
		expect(opened.story).toBeNull();
		expect(opened.issues[0]!.message).toMatch(message);
	});
});
