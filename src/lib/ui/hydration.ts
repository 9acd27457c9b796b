/**
 * Whether the prerendered page has hydrated. A component that mounts later (a story loaded
 * from elsewhere, a panel opened on demand) has no prerendered HTML to take over, so it can
 * go straight to its interactive state instead of first drawing what a page without
 * JavaScript would show.
 */
let hydrated = false;

/** The root layout calls this once the prerendered page has hydrated. */
export function markHydrated(): void {
	hydrated = true;
}

export function pageHydrated(): boolean {
	return hydrated;
}
