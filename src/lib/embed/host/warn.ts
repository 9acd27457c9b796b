/**
 * Tells the host page's developer about an embed option that was ignored. A warning, not an
 * error: the embed still works, and a page's error monitoring should not page anyone for it.
 */
export function warnEmbed(warnings: string[]): void {
	for (const warning of warnings) console.warn(`Sourceline embed: ${warning}`);
}
