import { describe, expect, it } from 'vitest';
import { readCommandLine } from './commandLine';

const OPTIONS = {
	output: { type: 'string', short: 'o' },
	language: { type: 'string', default: 'en' },
	resolved: { type: 'boolean', default: false }
} as const;

describe('readCommandLine', () => {
	it.each([
		{ args: ['--help'], expected: { kind: 'help' } },
		{ args: ['-h'], expected: { kind: 'help' } },
		{ args: ['sheet.csv', '--output', 'x.json', '-h'], expected: { kind: 'help' } },
		{
			args: ['sheet.csv'],
			expected: {
				kind: 'run',
				values: { language: 'en', resolved: false },
				positionals: ['sheet.csv']
			}
		},
		{
			args: ['sheet.csv', '-o', 'story.json', '--language', 'fr', '--resolved'],
			expected: {
				kind: 'run',
				values: { output: 'story.json', language: 'fr', resolved: true },
				positionals: ['sheet.csv']
			}
		},
		{
			args: ['sheet.csv', '--output=story.json'],
			expected: {
				kind: 'run',
				values: { output: 'story.json', language: 'en', resolved: false },
				positionals: ['sheet.csv']
			}
		},
		{
			args: ['--colour', 'red'],
			expected: { kind: 'error', message: expect.stringMatching(/Unknown option '--colour'/) }
		},
		{
			args: ['sheet.csv', '--output'],
			expected: { kind: 'error', message: expect.stringMatching(/--output/) }
		}
	])('$args', ({ args, expected }) => {
		expect(readCommandLine(args, OPTIONS)).toEqual(expected);
	});
});
