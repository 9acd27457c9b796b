import { words, type Said } from './said';

/**
 * A problem that has its words in one language only, as its text: the build's own (a
 * source file missing beside a story), in English, never shown to a reader; or one already
 * written in the page's language from another catalogue (a remote file's loading problem).
 */
export function asWritten(text: string): Said {
	return { message: text, says: words('asWritten', { text }) };
}
