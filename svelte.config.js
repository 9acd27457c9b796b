import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every page and data file is prerendered: the site is a folder of static files.
		adapter: adapter({ strict: true }),
		// A <meta> policy is all a static site can set itself. Scripts only from this site (plus
		// Kit's hashed bootstrap; the theme script is a file, /theme.js): the embed draws stories
		// from other sites, and if one ever slipped past text rendering, its script would still
		// not run. connect-src: /embed?src= fetches a story from any http(s) site, so both
		// schemes and nothing else (an https page cannot fetch http: anyway: browsers block mixed
		// content; http: serves a local preview). frame-ancestors, which decides who may frame a
		// page, is ignored in <meta>: the host sets it (see static/_headers). frame-src: the
		// Embed dialog's preview (this site) and the players of a story's video, audio and map
		// (src/lib/media/mediaEmbed.ts makes their addresses; a test holds the two together).
		csp: {
			mode: 'hash',
			directives: {
				'script-src': ['self'],
				'connect-src': ['self', 'https:', 'http:'],
				'frame-src': [
					'self',
					'https://www.youtube-nocookie.com',
					'https://player.vimeo.com',
					'https://w.soundcloud.com',
					'https://www.openstreetmap.org'
				],
				'object-src': ['none'],
				'base-uri': ['self']
			}
		}
	}
};

export default config;
