// The benchmark's tables: one per story size, the three timelines side by side (then any other
// case measured at that size, such as the embed of the built story), each figure with its ratio
// to the best of the two peers (lower is better for every row).

import { LIMITS } from './measure.js';

/** @typedef {import('./measure.js').CaseResult} CaseResult */
/** @typedef {import('./measure.js').GestureFigures} GestureFigures */
/** @typedef {{ size: number, results: Record<string, CaseResult> }} SizeResults */

export const TIMELINES = ['Sourceline', 'vis-timeline', 'TimelineJS'];
const PEERS = TIMELINES.slice(1);
const WIDTH = { label: 34, cell: 24 };

/**
 * @typedef {{ label: string, unit: string, digits: number, ratio: boolean,
 *   value: (result: CaseResult) => number | string | undefined }} Row
 */

/** @param {'zoom' | 'drag'} name @param {(figures: GestureFigures) => number | string} pick */
const gestureValue = (name, pick) => (/** @type {CaseResult} */ result) => {
	const figures = result[name];
	return typeof figures === 'object' ? pick(figures) : figures;
};

/** @type {Row[]} */
const ROWS = [
	{ label: 'JS shipped, gzip', unit: 'KB', digits: 1, ratio: true, value: (r) => r.jsKB },
	{ label: 'CSS shipped, gzip', unit: 'KB', digits: 1, ratio: true, value: (r) => r.cssKB },
	{ label: 'story file (raw)', unit: 'KB', digits: 0, ratio: false, value: (r) => r.dataKB },
	{ label: 'time to drawn', unit: 'ms', digits: 0, ratio: true, value: (r) => r.drawnMs },
	{
		label: 'longest task, loading',
		unit: 'ms',
		digits: 0,
		ratio: true,
		value: (r) => r.loadLongestTask
	},
	...gestureRows('zoom', 'zoom', 'steps that took effect'),
	...gestureRows('drag', 'drag', 'view moved'),
	{ label: 'JS heap', unit: 'MB', digits: 1, ratio: true, value: (r) => r.heapMB },
	{ label: 'DOM elements', unit: '', digits: 0, ratio: true, value: (r) => r.domElements }
];

/** @param {'zoom' | 'drag'} name @param {string} title @param {string} appliedLabel @returns {Row[]} */
function gestureRows(name, title, appliedLabel) {
	return [
		{
			label: `${title}: p50 frame`,
			unit: 'ms',
			digits: 1,
			ratio: true,
			value: gestureValue(name, (f) => f.p50)
		},
		{
			label: `${title}: p95 frame`,
			unit: 'ms',
			digits: 1,
			ratio: true,
			value: gestureValue(name, (f) => f.p95)
		},
		{
			label: `${title}: long tasks`,
			unit: '',
			digits: 0,
			ratio: false,
			value: gestureValue(name, (f) => f.longTasks)
		},
		{
			label: `${title}: longest task`,
			unit: 'ms',
			digits: 0,
			ratio: true,
			value: gestureValue(name, (f) => f.longestTask)
		},
		{
			label: `${title}: ${appliedLabel}`,
			unit: '',
			digits: 0,
			ratio: false,
			value: gestureValue(name, (f) =>
				name === 'drag' ? (f.applied ? 'yes' : 'no') : `${f.applied}/${f.steps}`
			)
		},
		{
			label: `${title}: finished in time`,
			unit: '',
			digits: 0,
			ratio: false,
			value: gestureValue(name, (f) => (f.timedOut ? `no (${LIMITS.gestureMs / 1000} s)` : 'yes'))
		}
	];
}

/** Why a case has no figure. @param {CaseResult | undefined} result */
function absent(result) {
	if (!result) return 'not run';
	if (result.status === 'refused')
		return /too large/i.test(result.note ?? '') ? 'refused (over the cap)' : 'refused';
	if (result.status === 'ok') return '–';
	return result.status;
}

/** The three timelines, then any other case in `results`, in the order measured. @param {Record<string, CaseResult>} results */
const columns = (results) => [
	...TIMELINES,
	...Object.keys(results).filter((name) => !TIMELINES.includes(name))
];

/** @param {number} value @param {number} digits */
const number = (value, digits) =>
	value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/**
 * @param {Row} row @param {Record<string, CaseResult>} results
 * @returns {Record<string, { value: number | string, ratio?: number }>}
 */
export function rowValues(row, results) {
	/** @type {Record<string, { value: number | string, ratio?: number }>} */
	const cells = {};
	const peerValues = PEERS.map((name) => {
		const result = results[name];
		const value = result ? row.value(result) : undefined;
		return typeof value === 'number' && Number.isFinite(value) ? value : Infinity;
	});
	const best = Math.min(...peerValues);
	for (const name of columns(results)) {
		const result = results[name];
		const value = result ? row.value(result) : undefined;
		if (typeof value === 'number' && Number.isFinite(value)) {
			const ratio = row.ratio && Number.isFinite(best) && best > 0 ? value / best : undefined;
			cells[name] = ratio === undefined ? { value } : { value, ratio };
		} else cells[name] = { value: typeof value === 'string' ? value : absent(result) };
	}
	return cells;
}

/** @param {SizeResults} sizeResults @param {string} [shape] which data shape, when not the first */
export function formatTable({ size, results }, shape = '') {
	const names = columns(results);
	// A column is as wide as the widest of the three's, or its own name and a gap.
	const width = (/** @type {string} */ name) => Math.max(WIDTH.cell, name.length + 2);
	const lines = [
		`\n${size.toLocaleString('en-GB')} events${shape ? ` ${shape}` : ''}`,
		'  ' + ''.padEnd(WIDTH.label) + names.map((name) => name.padStart(width(name))).join('')
	];
	for (const row of ROWS) {
		const cells = rowValues(row, results);
		const text = names.map((name) => {
			const cell = cells[name];
			if (!cell || typeof cell.value === 'string')
				return String(cell?.value ?? '').padStart(width(name));
			const figure = `${number(cell.value, row.digits)}${row.unit ? ` ${row.unit}` : ''}`;
			const ratio = cell.ratio === undefined ? '' : ` ×${cell.ratio.toFixed(2)}`;
			return `${figure}${ratio}`.padStart(width(name));
		});
		lines.push('  ' + row.label.padEnd(WIDTH.label) + text.join(''));
	}
	for (const name of names) {
		const result = results[name];
		if (result?.drawnBy) lines.push(`  ${name} drawn: ${result.drawnBy}`);
		if (result?.note) lines.push(`  ${name}: ${result.note}`);
	}
	return lines.join('\n');
}

/** @typedef {import('./phone.js').PhoneResult} PhoneResult */

/**
 * The phone profile's table for one story size: each timeline's time to drawn, until a tap
 * first took effect, and from a tap to the event's passage on screen.
 * @param {{ size: number, results: Record<string, PhoneResult> }} sizeResults
 */
export function formatPhoneTable({ size, results }) {
	const names = Object.keys(results);
	const width = (/** @type {string} */ name) => Math.max(WIDTH.cell, name.length + 2);
	/** @param {number | string | undefined} value @param {PhoneResult} result */
	const cell = (value, result) =>
		typeof value === 'number' && Number.isFinite(value)
			? `${number(value, 0)} ms`
			: (value ?? (result.status === 'ok' ? '–' : result.status));
	/** @type {Array<[string, (result: PhoneResult) => number | string | undefined]>} */
	const rows = [
		['time to drawn', (r) => r.drawnMs],
		['first tap handled', (r) => r.firstInputMs],
		['taps until then', (r) => (r.taps === undefined ? undefined : String(r.taps))],
		['tap to passage on screen', (r) => r.tapToPassageMs]
	];
	const lines = [
		`\nPhone, ${size.toLocaleString('en-GB')} events`,
		'  ' + ''.padEnd(WIDTH.label) + names.map((name) => name.padStart(width(name))).join('')
	];
	for (const [label, value] of rows)
		lines.push(
			'  ' +
				label.padEnd(WIDTH.label) +
				names
					.map((name) => {
						const result = /** @type {PhoneResult} */ (results[name]);
						return String(cell(value(result), result)).padStart(width(name));
					})
					.join('')
		);
	for (const name of names) {
		const note = results[name]?.note;
		if (note) lines.push(`  ${name}: ${note}`);
	}
	return lines.join('\n');
}
