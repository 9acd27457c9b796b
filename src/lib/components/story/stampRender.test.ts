import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import Stamp from './Stamp.svelte';

describe('Stamp, as the server draws it', () => {
	it('says the date alone, even when asked for how long ago: the reading time is not known', () => {
		const { body } = render(Stamp, {
			props: { at: '2025-03-03T09:00:00+00:00', timeZone: 'Europe/London', relative: true }
		});
		expect(body).toContain(
			'<time datetime="2025-03-03T09:00:00.000Z">3 Mar 2025, 09:00 GMT</time>'
		);
		expect(body).not.toContain('ago');
	});
});
