import { describe, expect, it } from 'vitest';
import { SCRIPTED_WAIT_MS, scriptedScript } from './scripted';

class FakeScript {}
class FakeLink {
	constructor(readonly rel: string) {}
}
class FakeImage {}

type Step =
	| { kind: 'error'; target: object }
	| { kind: 'rejection' }
	| { kind: 'hydrated' }
	| { kind: 'timeout' };

/** Runs the head script against fake globals, then `steps`; what <html> says at the end. */
function run(steps: Step[]): Record<string, string> {
	const dataset: Record<string, string> = {};
	const listeners = new Map<string, (event: { target?: object }) => void>();
	let timer: (() => void) | undefined;
	let wait = 0;
	new Function(
		'document',
		'addEventListener',
		'setTimeout',
		'HTMLScriptElement',
		'HTMLLinkElement',
		scriptedScript
	)(
		{ documentElement: { dataset } },
		(type: string, listener: (event: { target?: object }) => void) => listeners.set(type, listener),
		(callback: () => void, ms: number) => {
			timer = callback;
			wait = ms;
		},
		FakeScript,
		FakeLink
	);
	expect(wait).toBe(SCRIPTED_WAIT_MS);
	for (const step of steps) {
		if (step.kind === 'error') listeners.get('error')?.({ target: step.target });
		if (step.kind === 'rejection') listeners.get('unhandledrejection')?.({});
		if (step.kind === 'hydrated') dataset.hydrated = '';
		if (step.kind === 'timeout') timer?.();
	}
	return dataset;
}

describe('scriptedScript (runs in the head before paint)', () => {
	const rows: { name: string; steps: Step[]; scripted: boolean }[] = [
		{ name: 'marks the page as scripted', steps: [], scripted: true },
		{
			name: 'kept once the page hydrates',
			steps: [{ kind: 'hydrated' }, { kind: 'timeout' }],
			scripted: true
		},
		{
			name: 'taken off when an app script fails to load',
			steps: [{ kind: 'error', target: new FakeScript() }],
			scripted: false
		},
		{
			name: 'taken off when a preloaded module fails to load',
			steps: [{ kind: 'error', target: new FakeLink('modulepreload') }],
			scripted: false
		},
		{
			name: 'taken off when the app’s bootstrap fails to import it',
			steps: [{ kind: 'rejection' }],
			scripted: false
		},
		{
			name: 'taken off when the page has not hydrated in time',
			steps: [{ kind: 'timeout' }],
			scripted: false
		},
		{
			name: 'kept when an image or icon fails to load',
			steps: [
				{ kind: 'error', target: new FakeImage() },
				{ kind: 'error', target: new FakeLink('icon') }
			],
			scripted: true
		},
		{
			name: 'kept when a script fails after hydration',
			steps: [{ kind: 'hydrated' }, { kind: 'error', target: new FakeScript() }],
			scripted: true
		}
	];
	it.each(rows)('$name', ({ steps, scripted }) => {
		expect('scripted' in run(steps)).toBe(scripted);
	});
});
