// The shape the code keeps: no import circle anywhere in src (type imports and `$lib`
// paths counted), and files small enough to read in one sitting.
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');
const LIB = join(SRC, 'lib');

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		return /\.(ts|js|svelte)$/.test(entry.name) ? [path] : [];
	});
}

const isTest = (file: string) => /\.(test|spec|bench)\.ts$/.test(file);

/** Every `import … from`, `import '…'` and `export … from` specifier, type-only ones included. */
export function importSpecifiers(text: string): string[] {
	const found: string[] = [];
	const pattern = /(?:^|[\s;])(?:import|export)\s+(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/g;
	for (const match of text.matchAll(pattern)) found.push(match[1]!);
	return found;
}

const EXTENSIONS = ['', '.ts', '.js', '.svelte', '/index.ts', '/index.js'];

function resolveSpecifier(from: string, specifier: string): string | undefined {
	let base: string;
	if (specifier.startsWith('$lib/')) base = join(LIB, specifier.slice(5));
	else if (specifier === '$lib') base = LIB;
	else if (specifier.startsWith('.')) base = resolve(dirname(from), specifier);
	else return undefined;
	for (const extension of EXTENSIONS) {
		const path = base + extension;
		if (existsSync(path) && statSync(path).isFile()) return path;
	}
	return undefined;
}

/** Strongly connected components of more than one file (or a file importing itself). */
function importCircles(graph: Map<string, string[]>): string[][] {
	let counter = 0;
	const order = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const onStack = new Set<string>();
	const circles: string[][] = [];
	// Iterative Tarjan: each frame is a file and the index of its next neighbour.
	for (const start of graph.keys()) {
		if (order.has(start)) continue;
		const frames: [string, number][] = [[start, 0]];
		order.set(start, counter);
		low.set(start, counter++);
		stack.push(start);
		onStack.add(start);
		while (frames.length > 0) {
			const frame = frames[frames.length - 1]!;
			const [file, next] = frame;
			const neighbours = graph.get(file) ?? [];
			if (next < neighbours.length) {
				frame[1]++;
				const target = neighbours[next]!;
				if (!order.has(target)) {
					order.set(target, counter);
					low.set(target, counter++);
					stack.push(target);
					onStack.add(target);
					frames.push([target, 0]);
				} else if (onStack.has(target)) {
					low.set(file, Math.min(low.get(file)!, order.get(target)!));
				}
				continue;
			}
			frames.pop();
			const parent = frames[frames.length - 1];
			if (parent) low.set(parent[0], Math.min(low.get(parent[0])!, low.get(file)!));
			if (low.get(file) === order.get(file)) {
				const component: string[] = [];
				let member: string;
				do {
					member = stack.pop()!;
					onStack.delete(member);
					component.push(member);
				} while (member !== file);
				if (component.length > 1 || neighbours.includes(file)) circles.push(component);
			}
		}
	}
	return circles;
}

function lineCount(file: string): number {
	return readFileSync(file, 'utf8').split('\n').length;
}

describe('the code keeps its shape', () => {
	const files = sourceFiles(SRC);
	const name = (file: string) => relative(ROOT, file);

	it('reads every kind of import, type-only ones included', () => {
		const text = [
			"import { a } from './a.ts';",
			"import type { B } from '$lib/b';",
			"export { c } from '../c.ts';",
			"export type { D } from './d';",
			"import './e.css';",
			'import {\n\tf,\n\tg\n} from "./fg.ts";'
		].join('\n');
		expect(importSpecifiers(text)).toEqual([
			'./a.ts',
			'$lib/b',
			'../c.ts',
			'./d',
			'./e.css',
			'./fg.ts'
		]);
	});

	it('finds a circle through three files, and none in a chain', () => {
		const circle = new Map([
			['a', ['b']],
			['b', ['c']],
			['c', ['a']],
			['d', ['a']]
		]);
		expect(importCircles(circle).map((c) => c.sort())).toEqual([['a', 'b', 'c']]);
		const chain = new Map([
			['a', ['b']],
			['b', ['c']],
			['c', []]
		]);
		expect(importCircles(chain)).toEqual([]);
	});

	it('has no import circle in src', () => {
		const graph = new Map<string, string[]>();
		for (const file of files) {
			const targets = importSpecifiers(readFileSync(file, 'utf8'))
				.map((specifier) => resolveSpecifier(file, specifier))
				.filter((target): target is string => target !== undefined);
			graph.set(file, targets);
		}
		expect(importCircles(graph).map((circle) => circle.map(name).sort())).toEqual([]);
	});

	it('imports a page shell (components/pages/) only from island/ and routes/', () => {
		const PAGES = join(LIB, 'components/pages') + '/';
		const allowed = [join(LIB, 'island') + '/', join(SRC, 'routes') + '/', PAGES];
		const reaching = files
			.filter((file) => !allowed.some((dir) => file.startsWith(dir)))
			.filter((file) =>
				importSpecifiers(readFileSync(file, 'utf8')).some((specifier) =>
					resolveSpecifier(file, specifier)?.startsWith(PAGES)
				)
			)
			.map(name);
		expect(reaching).toEqual([]);
	});

	it('keeps components to 250 lines and modules to 320 (the plain loader aside)', () => {
		const long = files
			.filter((file) => !isTest(file))
			.filter((file) => lineCount(file) > (file.endsWith('.svelte') ? 250 : 320))
			.filter((file) => !file.endsWith('embed/host/loader/embed.js'))
			.map(name);
		expect(long).toEqual([]);
	});

	it('keeps the timeline layout a short composer', () => {
		expect(lineCount(join(LIB, 'timeline/layoutTimeline.ts'))).toBeLessThan(160);
	});
});
