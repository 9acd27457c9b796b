/**
 * Whether the prerendered page has hydrated. A component that mounts later (a story loaded
 * from elsewhere, a panel opened on demand) has no prerendered HTML to take over, so it can
 * go straight to its interactive state instead of first drawing what a page without
 * JavaScript would show.
 */
let hydrated = false;

/**
 * The root layout calls this once the prerendered page has hydrated. The page says so too
 * (`<html data-hydrated>`), for tests and host scripts that must not act on a page whose
 * buttons have no handlers yet.
 */
export function markHydrated(): void {
	hydrated = true;
	document.documentElement.dataset.hydrated = '';
}

export function pageHydrated(): boolean {
	return hydrated;
}
