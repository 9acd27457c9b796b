/** Where each island's build goes in the client output (and so on the site). */
export const ISLAND_DIR = '_app/immutable/islands';

/**
 * Its build manifest, relative to the client output: under `.vite/`, which the site does not
 * serve, beside the main build's.
 */
export const islandManifestFile = (name: string): string => `.vite/islands/${name}.json`;
