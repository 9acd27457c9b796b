/**
 * A problem told in one language only, as its text (story/asWritten.ts): the
 * build's own, and a remote file's loading problem already in the page's language. The same
 * in every catalogue; kept out of the checker's words, which the checker's worker loads.
 */
export const asWrittenEn = { asWritten: '{text}' };
