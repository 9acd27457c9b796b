import { describe, expect, it } from 'vitest';
import { mediaEmbed } from './mediaEmbed';
import { PLAYER_HOSTS } from './playerHosts';

const NOCOOKIE = 'https://www.youtube-nocookie.com/embed/';

describe('mediaEmbed', () => {
	it.each([
		['https://www.youtube.com/watch?v=aPweFhhXFvY', `${NOCOOKIE}aPweFhhXFvY?autoplay=1`],
		['https://youtube.com/watch?v=aPweFhhXFvY&feature=share', `${NOCOOKIE}aPweFhhXFvY?autoplay=1`],
		['http://m.youtube.com/watch?v=aPweFhhXFvY', `${NOCOOKIE}aPweFhhXFvY?autoplay=1`],
		['https://youtu.be/aPweFhhXFvY?si=tracking', `${NOCOOKIE}aPweFhhXFvY?autoplay=1`],
		['https://www.youtube.com/embed/aPweFhhXFvY', `${NOCOOKIE}aPweFhhXFvY?autoplay=1`],
		['https://www.youtube-nocookie.com/embed/aPweFhhXFvY', `${NOCOOKIE}aPweFhhXFvY?autoplay=1`],
		['https://www.youtube.com/shorts/aPweFhhXFvY', `${NOCOOKIE}aPweFhhXFvY?autoplay=1`],
		['https://youtu.be/aPweFhhXFvY?t=90', `${NOCOOKIE}aPweFhhXFvY?autoplay=1&start=90`],
		[
			'https://www.youtube.com/watch?v=aPweFhhXFvY&t=1m30s',
			`${NOCOOKIE}aPweFhhXFvY?autoplay=1&start=90`
		],
		// An id with characters outside YouTube's alphabet is never written into the path.
		['https://www.youtube.com/watch?v=aPweFhhXFv%2F', null],
		['https://www.youtube.com/watch?v=../../x?a=1', null],
		['https://www.youtube.com/watch?v=short', null],
		['https://www.youtube.com/channel/UCHDr4RtxwA1KqKGwxgdK4Vg', null],
		['https://www.youtube.com/embed/aPweFhhXFvY/extra', null],
		['https://youtu.be/aPweFhhXFvY/extra', null]
	])('YouTube: %s → %s', (url, player) => {
		const embed = mediaEmbed(url);
		expect(embed?.playerUrl ?? null).toBe(player);
		if (player) expect(embed).toMatchObject({ kind: 'video', provider: 'YouTube' });
	});

	it.each([
		['https://vimeo.com/304869290', 'https://player.vimeo.com/video/304869290?dnt=1&autoplay=1'],
		[
			'https://www.vimeo.com/304869290/',
			'https://player.vimeo.com/video/304869290?dnt=1&autoplay=1'
		],
		[
			'https://vimeo.com/304869290/abcdef1234',
			'https://player.vimeo.com/video/304869290?h=abcdef1234&dnt=1&autoplay=1'
		],
		[
			'https://player.vimeo.com/video/304869290?h=abcdef1234&autoplay=0',
			'https://player.vimeo.com/video/304869290?h=abcdef1234&dnt=1&autoplay=1'
		],
		['https://vimeo.com/channels/staffpicks', null],
		['https://vimeo.com/video/304869290', null],
		['https://player.vimeo.com/304869290', null]
	])('Vimeo: %s → %s', (url, player) => {
		expect(mediaEmbed(url)?.playerUrl ?? null).toBe(player);
	});

	it.each([
		[
			'https://soundcloud.com/obamawhitehouse/grace-hopper-as-told-by-u-s',
			'https://w.soundcloud.com/player/?url=https%3A%2F%2Fsoundcloud.com%2Fobamawhitehouse%2Fgrace-hopper-as-told-by-u-s&auto_play=true'
		],
		[
			'https://m.soundcloud.com/artist/sets/best/?si=x',
			'https://w.soundcloud.com/player/?url=https%3A%2F%2Fsoundcloud.com%2Fartist%2Fsets%2Fbest&auto_play=true'
		],
		['https://soundcloud.com/', null],
		['https://soundcloud.com/a/b/c/d', null],
		['https://soundcloud.com/a%2F..%2Fb', null]
	])('SoundCloud: %s → %s', (url, player) => {
		const embed = mediaEmbed(url);
		expect(embed?.playerUrl ?? null).toBe(player);
		if (player) expect(embed).toMatchObject({ kind: 'audio', provider: 'SoundCloud' });
	});

	it.each([
		[
			'https://www.openstreetmap.org/#map=15/39.95222/-75.19321',
			'bbox=-75.20420%2C39.94748%2C-75.18222%2C39.95696&layer=mapnik&marker=39.95222%2C-75.19321'
		],
		[
			'https://www.openstreetmap.org/?mlat=51.5&mlon=-0.12#map=10/51.4/-0.1',
			'bbox=-0.45156%2C51.27663%2C0.25156%2C51.52337&layer=mapnik&marker=51.5%2C-0.12'
		],
		[
			'https://openstreetmap.org/?mlat=0&mlon=0',
			'bbox=-0.01099%2C-0.00618%2C0.01099%2C0.00618&layer=mapnik&marker=0%2C0'
		],
		// A whole-world view stays within the map's edges.
		[
			'https://www.openstreetmap.org/#map=0/80/170',
			'bbox=-180.00000%2C44.83624%2C180.00000%2C85.05110&layer=mapnik&marker=80%2C170'
		],
		['https://www.openstreetmap.org/#map=15/91/0', null],
		['https://www.openstreetmap.org/#map=15/1e3/0', null],
		['https://www.openstreetmap.org/#map=25/0/0', null],
		['https://www.openstreetmap.org/?mlat=51.5&mlon=-0.12#map=10/x/-0.1', null],
		['https://www.openstreetmap.org/node/123', null],
		['https://www.openstreetmap.org/?mlat=51.5', null]
	])('OpenStreetMap: %s → %s', (url, query) => {
		const embed = mediaEmbed(url);
		expect(embed ? new URL(embed.playerUrl).search : null).toBe(query && `?${query}`);
		if (embed) {
			expect(embed.playerUrl).toMatch(/^https:\/\/www\.openstreetmap\.org\/export\/embed\.html\?/);
			expect(embed).toMatchObject({ kind: 'map', provider: 'OpenStreetMap' });
		}
	});

	it.each([
		// Not http(s).
		'javascript:alert(1)//youtube.com/watch?v=aPweFhhXFvY',
		'data:text/html,<script>alert(1)</script>',
		'ftp://youtube.com/watch?v=aPweFhhXFvY',
		'//www.youtube.com/watch?v=aPweFhhXFvY',
		'www.youtube.com/watch?v=aPweFhhXFvY',
		'',
		// Other hosts, and look-alikes of the allowed ones.
		'https://example.com/watch?v=aPweFhhXFvY',
		'https://youtube.com.evil.example/watch?v=aPweFhhXFvY',
		'https://evilyoutube.com/watch?v=aPweFhhXFvY',
		'https://www.youtube.co/watch?v=aPweFhhXFvY',
		'https://youtube.com@evil.example/watch?v=aPweFhhXFvY',
		'https://user:pass@www.youtube.com/watch?v=aPweFhhXFvY',
		'https://www.youtube.com:8443/watch?v=aPweFhhXFvY',
		'https://evil.example/?u=https://youtu.be/aPweFhhXFvY',
		'https://vimeo.com.evil.example/304869290',
		'https://w.soundcloud.com/player/?url=https://evil.example',
		'https://tile.openstreetmap.org/?mlat=1&mlon=1',
		// Google Maps has no keyless embed of a link: it stays a link.
		'https://www.google.com/maps/place/University+of+Pennsylvania/@39.9522188,-75.1932137,17z',
		'https://maps.google.com/?q=39.95,-75.19',
		// Very long.
		`https://www.youtube.com/watch?v=aPweFhhXFvY&pad=${'a'.repeat(3000)}`,
		`https://www.openstreetmap.org/#map=15/${'1'.repeat(5000)}/0`
	])('%s is no player', (url) => {
		expect(mediaEmbed(url)).toBeNull();
	});

	it('makes players only on the hosts it names', () => {
		const urls = [
			'https://youtu.be/aPweFhhXFvY',
			'https://vimeo.com/1',
			'https://soundcloud.com/a/b',
			'https://www.openstreetmap.org/#map=3/1/1'
		];
		for (const url of urls) {
			const embed = mediaEmbed(url)!;
			expect(PLAYER_HOSTS[embed.kind].host.test(new URL(url).host)).toBe(true);
			expect(embed.playerUrl).toMatch(
				/^https:\/\/(?:www\.youtube-nocookie\.com|player\.vimeo\.com|w\.soundcloud\.com|www\.openstreetmap\.org)\//
			);
		}
	});
});

describe('the site’s frame-src', () => {
	it('lists this site and exactly the hosts players are made on', async () => {
		const { default: config } = await import('../../../svelte.config.js');
		const frameSrc = config.kit?.csp?.directives?.['frame-src'];
		const players = [
			'https://youtu.be/aPweFhhXFvY',
			'https://vimeo.com/1',
			'https://soundcloud.com/a/b',
			'https://www.openstreetmap.org/#map=3/1/1'
		].map((url) => new URL(mediaEmbed(url)!.playerUrl).origin);
		expect(frameSrc).toEqual(['self', ...players]);
	});
});
