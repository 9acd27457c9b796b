import { beforeAll, describe, expect, it } from 'vitest';
import { loadProgressView } from './loadProgress.svelte';

const MB = 1024 * 1024;

describe('loadProgressView', () => {
	it('says no size until its formatter is made, in a task of its own', async () => {
		const progress = { phase: 'download', loaded: 17 * MB, total: 68 * MB } as const;
		expect(loadProgressView(progress).valueText).toBeNull();
		expect(loadProgressView(progress).valueText).toBeNull();
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(loadProgressView(progress).valueText).toBe('17 MB of 68 MB');
	});
});

describe('loadProgressView, its formatter made', () => {
	beforeAll(async () => {
		loadProgressView({ phase: 'download', loaded: MB, total: null });
		await new Promise((resolve) => setTimeout(resolve, 0));
	});

	it.each([
		{
			name: 'before the first byte: loading, no value',
			progress: null,
			expected: { status: 'Loading the story…', fraction: null, valueText: null }
		},
		{
			name: 'a declared size: a share of it',
			progress: { phase: 'download', loaded: 17 * MB, total: 68 * MB },
			expected: { status: 'Loading the story…', fraction: 0.25, valueText: '17 MB of 68 MB' }
		},
		{
			name: 'no declared size: the bytes so far, no value',
			progress: { phase: 'download', loaded: 1.25 * MB, total: null },
			expected: { status: 'Loading the story…', fraction: null, valueText: '1.3 MB loaded' }
		},
		{
			name: 'a compressed file, read past its declared size: no value over 100%',
			progress: { phase: 'download', loaded: 3 * MB, total: 1 * MB },
			expected: { status: 'Loading the story…', fraction: null, valueText: '3 MB loaded' }
		},
		{
			name: 'a small file: the bar moves, no words for a load this short',
			progress: { phase: 'download', loaded: 4096, total: 9216 },
			expected: { status: 'Loading the story…', fraction: 4096 / 9216, valueText: null }
		},
		{
			name: 'checking',
			progress: { phase: 'check' },
			expected: { status: 'Checking the story…', fraction: null, valueText: null }
		}
	] as const)('$name', ({ progress, expected }) => {
		expect(loadProgressView(progress)).toEqual(expected);
	});
});
