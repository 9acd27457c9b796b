/** What the Export menu offers, in its order: pictures of the view, then the data. */
export const EXPORTS = ['png', 'square', 'svg', 'ics', 'csv', 'json'] as const;
export type ExportKind = (typeof EXPORTS)[number];
