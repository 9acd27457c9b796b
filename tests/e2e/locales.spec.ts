import { expectNoAxeViolations } from './a11y';
import { collectWarnings } from './embedHelpers';
import { expect, gotoInteractive, mark, screenshot, storyId, test } from './fixtures';

// The embed in the reader's language: `lang` in its address (the loader's data-sourceline-lang).

const embedPath = `/embed/${storyId}`;

test('lang=fr: a French interface, with French dates on the axis and in the list', async ({
	page
}) => {
	await page.setViewportSize({ width: 900, height: 800 });
	await gotoInteractive(page, `${embedPath}?lang=fr&from=2025-02-27&to=2025-02-28`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
	const views = page.getByRole('group', { name: 'Afficher les événements en' });
	await expect(views.getByRole('button', { name: 'Frise' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await expect(page.getByRole('button', { name: 'Zoom avant' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Tout voir' })).toBeVisible();
	// Two days, in hours: the unit line names the days in French.
	await expect(page.locator('.axis .unit')).toHaveText(
		'Heures, jeu. 27 – ven. 28 févr. 2025 (Europe/London)'
	);
	await screenshot(page, 'locale-fr-timeline');

	await views.getByRole('button', { name: 'Liste' }).click();
	const list = page.getByRole('list', { name: 'Événements, par ordre chronologique' });
	await expect(list).toBeVisible();
	await expect(list.locator('#story-event-zelenskyy-meets-trump time').first()).toHaveText(
		/^ven\. 28 févr\. 2025/
	);
	await expect(list).toContainText('(heure de London)');
	await expect(list).toContainText('Indiquée');
	await screenshot(page, 'locale-fr-list');

	// A mark's name and the passage panel speak French too.
	await views.getByRole('button', { name: 'Frise' }).click();
	await mark(page, 'zelenskyy-meets-trump').click();
	const panel = page.getByRole('region', { name: 'Source' });
	await expect(panel.getByRole('button', { name: 'Fermer le panneau de la source' })).toBeVisible();
	await expect(panel).toContainText('Quand');
});

test('lang=de from a story elsewhere (?src=): German words once the story loads', async ({
	page,
	baseURL
}) => {
	const src = encodeURIComponent(`${baseURL}/stories/${storyId}.json`);
	await page.goto(`/embed?src=${src}&lang=de`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'de');
	await expect(page.getByRole('button', { name: 'Vergrößern' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Zeitleiste' })).toBeVisible();
	await expect(page.locator('.axis .unit')).toHaveText(/^(Tage|Stunden)/);
	await screenshot(page, 'locale-de-remote');
});

test('an unknown lang falls back to the story’s language, with no warning', async ({ page }) => {
	const warnings = collectWarnings(page);
	await gotoInteractive(page, `${embedPath}?lang=xx-Nope`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
	await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();
	expect(warnings).toEqual([]);
});

test('lang=ar: right to left, Arabic words, axe clean in light and dark', async ({ page }) => {
	await page.setViewportSize({ width: 900, height: 800 });
	for (const theme of ['light', 'dark']) {
		await gotoInteractive(page, `${embedPath}?lang=ar&theme=${theme}&event=zelenskyy-meets-trump`);
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
		await expect(page.getByRole('button', { name: 'تكبير' })).toBeVisible();
		await expect(page.getByRole('button', { name: 'خط زمني' })).toBeVisible();
		await expectNoAxeViolations(page);
		await screenshot(page, `locale-ar-${theme}`);
	}
});
