/** Where the /edit page keeps the story being edited, so a reload or a closed tab loses nothing. */
export const EDIT_STORAGE_KEY = 'sourceline:edit';

/** The story as it was last changed, valid or not, and where it was opened from. */
export interface KeptEdit {
	/** The file or address the story came from, named in its problems. */
	file: string;
	story: unknown;
	/** When it was kept, as an ISO instant. */
	keptAt: string;
}

export interface KeptEditReadBack {
	kept: KeptEdit | null;
	/** Said to the editor when something was stored but cannot be used. */
	notice: string | null;
}

export const writeKeptEdit = (kept: KeptEdit): string => JSON.stringify(kept);

const UNREADABLE =
	'The story kept in this browser could not be read back (another version of the page, or changed by hand): it is set aside.';

/** What `writeKeptEdit` stored, or why it cannot be used. Linear in the text's length. */
export function readKeptEdit(text: string | null): KeptEditReadBack {
	if (!text) return { kept: null, notice: null };
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return { kept: null, notice: UNREADABLE };
	}
	if (typeof json !== 'object' || json === null) return { kept: null, notice: UNREADABLE };
	const { file, story, keptAt } = json as Record<string, unknown>;
	const valid =
		typeof file === 'string' &&
		typeof keptAt === 'string' &&
		!Number.isNaN(Date.parse(keptAt)) &&
		typeof story === 'object' &&
		story !== null;
	return valid
		? { kept: { file, story, keptAt }, notice: null }
		: { kept: null, notice: UNREADABLE };
}

/** Whether two stories are the same data (key order aside, as `JSON.stringify` writes them). */
export function sameStory(a: unknown, b: unknown): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}
