import { describe, expect, it } from 'vitest';
import { chooseTheme, currentTheme, themeScript, themeStorageKey, type ThemeChoice } from './theme';

/** Just enough of <html> and Storage for the theme functions. */
function fakeRoot(theme?: string) {
	return { dataset: theme ? { theme } : {} } as unknown as HTMLElement;
}

function fakeStorage(initial: Record<string, string> = {}, { blocked = false } = {}) {
	const items = new Map(Object.entries(initial));
	const guard = () => {
		if (blocked) throw new Error('SecurityError');
	};
	return {
		items,
		getItem: (k: string) => (guard(), items.get(k) ?? null),
		setItem: (k: string, v: string) => (guard(), void items.set(k, v)),
		removeItem: (k: string) => (guard(), void items.delete(k))
	} as unknown as Storage & { items: Map<string, string> };
}

/** Runs the inline head script as a browser would, against fake globals. */
function runThemeScript(storage: Storage, address = 'https://timelines.example.org/stories/a') {
	const root = fakeRoot();
	new Function('localStorage', 'document', 'location', themeScript)(
		storage,
		{ documentElement: root },
		new URL(address)
	);
	return root;
}

describe('themeScript (runs in the head before paint)', () => {
	const rows: { name: string; stored: string | null; expected: string | undefined }[] = [
		{ name: 'a stored dark choice is applied', stored: 'dark', expected: 'dark' },
		{ name: 'a stored light choice is applied', stored: 'light', expected: 'light' },
		{ name: 'nothing stored follows the system', stored: null, expected: undefined },
		{ name: 'an unknown value is ignored', stored: 'sepia', expected: undefined }
	];
	it.each(rows)('$name', ({ stored, expected }) => {
		const storage = fakeStorage(stored ? { [themeStorageKey]: stored } : {});
		expect(runThemeScript(storage).dataset.theme).toBe(expected);
	});

	it.each([
		['/embed/a?theme=dark', 'light', 'dark'],
		['/embed?src=x&theme=light', 'dark', 'light'],
		['/embed/a?theme=sepia', 'dark', 'dark'],
		['/embed/a', undefined, undefined],
		// Only an embed takes the option.
		['/stories/a?theme=dark', undefined, undefined]
	])('%s over a stored %s choice gives %s', (path, stored, expected) => {
		const storage = fakeStorage(stored ? { [themeStorageKey]: stored } : {});
		const root = runThemeScript(storage, `https://timelines.example.org${path}`);
		expect(root.dataset.theme).toBe(expected);
	});

	it('blocked storage does not throw', () => {
		expect(runThemeScript(fakeStorage({}, { blocked: true })).dataset.theme).toBeUndefined();
	});
});

describe('chooseTheme and currentTheme', () => {
	const rows: { name: string; from?: string; choice: ThemeChoice; stored: string | undefined }[] = [
		{ name: 'dark is applied and remembered', choice: 'dark', stored: 'dark' },
		{ name: 'light overrides a dark system', from: 'dark', choice: 'light', stored: 'light' },
		{ name: 'system forgets the override', from: 'dark', choice: 'system', stored: undefined }
	];
	it.each(rows)('$name', ({ from, choice, stored }) => {
		const root = fakeRoot(from);
		const storage = fakeStorage(from ? { [themeStorageKey]: from } : {});
		chooseTheme(choice, root, storage);
		expect(currentTheme(root)).toBe(choice);
		expect(storage.items.get(themeStorageKey)).toBe(stored);
	});

	it('still applies the choice when storage is blocked', () => {
		const root = fakeRoot();
		chooseTheme('dark', root, fakeStorage({}, { blocked: true }));
		expect(currentTheme(root)).toBe('dark');
	});
});
