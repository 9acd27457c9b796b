/** How long the prerendered timeline waits for the app before the list takes its place. */
export const SCRIPTED_WAIT_MS = 10_000;

/**
 * Says on <html> that this browser runs scripts (`data-scripted`), before the body is
 * painted, so the page's CSS shows the prerendered picture of the timeline rather than the
 * list (see EventsView.svelte). The picture only works once the app has hydrated: if one of
 * the app's scripts fails to load, or the page has not hydrated (`data-hydrated`) after
 * `waitMs`, the mark is taken off again and the list, whose links work without scripts,
 * shows. It runs in the page head (as part of /theme.js): it is serialised to text (see
 * `scriptedScript`) and must use nothing from outside its own body.
 */
export function markScripted(waitMs: number): void {
	const root = document.documentElement;
	root.dataset.scripted = '';
	const giveUp = () => {
		if (!('hydrated' in root.dataset)) delete root.dataset.scripted;
	};
	// A script or preloaded module that fails to load fires `error` on its element (seen by
	// capturing); the app's bootstrap importing one rejects a promise nobody handles.
	addEventListener(
		'error',
		(event) => {
			const target = event.target;
			if (
				target instanceof HTMLScriptElement ||
				(target instanceof HTMLLinkElement && target.rel === 'modulepreload')
			)
				giveUp();
		},
		true
	);
	addEventListener('unhandledrejection', giveUp);
	setTimeout(giveUp, waitMs);
}

/** The text that runs `markScripted` in the page head. */
export const scriptedScript = `(${markScripted.toString()})(${SCRIPTED_WAIT_MS});`;
