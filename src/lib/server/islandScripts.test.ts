import { describe, expect, it } from 'vitest';
import { ISLANDS } from '$lib/island/entries';
import { islandScripts, type BuildManifest } from './islandScripts';

const island = ISLANDS.builtEmbed;

describe('islandScripts', () => {
	it('gives the entry and every chunk it imports, each once, even through a cycle', () => {
		const manifest: BuildManifest = {
			[island]: { file: '_app/immutable/chunks/entry.js', imports: ['_a.js', '_b.js'] },
			'_a.js': { file: '_app/immutable/chunks/a.js', imports: ['_c.js'] },
			'_b.js': { file: '_app/immutable/chunks/b.js', imports: ['_c.js', '_a.js'] },
			'_c.js': { file: '_app/immutable/chunks/c.js', imports: ['_a.js'] },
			// Only imported by other pages: not preloaded here.
			'_d.js': { file: '_app/immutable/chunks/d.js' }
		};
		expect(islandScripts(manifest, island, '/base')).toEqual({
			entry: '/base/_app/immutable/chunks/entry.js',
			preload: [
				'/base/_app/immutable/chunks/a.js',
				'/base/_app/immutable/chunks/b.js',
				'/base/_app/immutable/chunks/c.js'
			]
		});
	});

	it('gives the first script apart, not preloaded again though the entry imports it', () => {
		const start = 'src/start.ts';
		const manifest: BuildManifest = {
			[island]: { file: 'entry.js', imports: [start, '_a.js'] },
			[start]: { file: 'start.js', imports: ['_a.js'] },
			'_a.js': { file: 'a.js' }
		};
		expect(islandScripts(manifest, island, '', start)).toEqual({
			entry: '/entry.js',
			preload: ['/a.js'],
			start: '/start.js'
		});
		expect(() => islandScripts(manifest, island, '', 'src/gone.ts')).toThrow('has no src/gone.ts');
	});

	it('says what is missing from a manifest that lacks the entry or a chunk', () => {
		expect(() => islandScripts({}, island)).toThrow(`has no ${island}`);
		expect(() =>
			islandScripts({ [island]: { file: 'entry.js', imports: ['_gone.js'] } }, island)
		).toThrow('_gone.js is imported but not listed');
	});
});
