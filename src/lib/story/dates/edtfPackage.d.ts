// The `edtf` package ships no types; the tests use it as an oracle for dates/edtf.ts.
declare module 'edtf' {
	/** Reads EDTF; throws on what it cannot read. `min` and `max` are UTC milliseconds, inclusive. */
	export default function edtf(text: string): { type: string; min: number; max: number };
}
