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

test('lang=fr on the story page: the masthead, theme switch and search speak French', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await gotoInteractive(page, `/stories/${storyId}?lang=fr`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	await expect(page.locator('.masthead')).toContainText(
		'Des frises d’actualité qui montrent leurs sources'
	);
	const theme = page.getByRole('group', { name: 'Thème' });
	await expect(theme.getByRole('radio')).toHaveCount(3);
	await theme.getByRole('radio', { name: 'Sombre' }).check();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await theme.getByRole('radio', { name: 'Clair' }).check();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');

	const search = page.getByRole('search', { name: 'Événements' });
	const box = search.getByRole('searchbox', { name: 'Rechercher des événements' });
	await box.fill('dictator');
	const status = search.locator('.status');
	await expect(status).toHaveText(/^Résultats : \d+ sur 11 événements$/);
	await search.getByRole('button', { name: 'Filtres' }).click();
	await expect(search.getByText('Comment la date est connue')).toBeVisible();
	const inferred = search.getByRole('button', { name: /Déduite \d+$/ });
	await inferred.click();
	await expect(search.getByRole('button', { name: 'Filtres (1)' })).toBeVisible();
	await expect(search.getByRole('button', { name: 'Effacer les filtres' })).toBeVisible();
	await box.fill('zzzz-nothing');
	await expect(page.getByText('Aucun événement ne correspond à cette recherche.')).toBeVisible();
	await screenshot(page, 'locale-fr-search');
});

test('the Embed dialog’s language goes into the code and the preview', async ({
	page,
	baseURL
}) => {
	await page.setViewportSize({ width: 1000, height: 900 });
	await gotoInteractive(page, `/stories/${storyId}`);
	await page.getByRole('button', { name: 'Embed' }).click();
	const dialog = page.getByRole('dialog', { name: 'Embed this timeline' });
	const language = dialog.getByLabel('Language');
	await expect(language.locator('option:checked')).toHaveText('The story’s: British English');
	await language.selectOption({ label: 'français' });
	await expect(dialog.locator('code[data-snippet="embed-iframe"]')).toContainText(
		`src="${baseURL}/embed/${storyId}?lang=fr"`
	);
	await expect(dialog.locator('code[data-snippet="embed-loader"]')).toContainText(
		'data-sourceline-lang="fr"'
	);
	// The frame's name, which a screen reader says on entering it, is in French too.
	const title = 'Frise : Starmer’s week in Washington';
	await expect(dialog.locator('code[data-snippet="embed-iframe"]')).toContainText(
		`title="${title}"`
	);
	await expect(dialog.locator('code[data-snippet="embed-loader"]')).toContainText(
		`data-sourceline-title="${title}"`
	);
	await expect(dialog.locator('iframe')).toHaveAttribute('title', title);
	const embed = dialog.frameLocator('iframe');
	await expect(embed.locator('html')).toHaveAttribute('lang', 'fr');
	await expect(embed.getByRole('button', { name: 'Tout voir' })).toBeVisible();
});

test('the Embed dialog speaks the page’s language, and offers which way time runs', async ({
	page
}) => {
	await page.setViewportSize({ width: 1000, height: 900 });
	await gotoInteractive(page, `/stories/${storyId}?lang=fr`);
	await page.getByRole('button', { name: 'Intégrer' }).click();
	const dialog = page.getByRole('dialog', { name: 'Intégrer cette frise' });
	await expect(dialog.getByRole('button', { name: 'Fermer' })).toBeVisible();
	await expect(dialog.getByRole('button', { name: 'Copier le code' })).toHaveCount(2);
	await expect(dialog.getByLabel('Chercher les mises à jour')).toContainText(
		'Toutes les 5 minutes'
	);
	await dialog.getByLabel('Sens du temps').selectOption({ label: 'De droite à gauche' });
	await expect(dialog.locator('code[data-snippet="embed-loader"]')).toContainText(
		'data-sourceline-flow="rtl"'
	);
	const embed = dialog.frameLocator('iframe');
	await expect(embed.locator('.plot')).toHaveAttribute('dir', 'rtl');
	await dialog.getByLabel('Couleur d’accent').fill('#ffcc00');
	await expect(dialog.getByRole('status').filter({ hasText: 'accent' })).toHaveText(
		'L’accent #ffcc00 est omis : son contraste avec le fond du thème clair (#ffffff) est de 1,51:1, sous les 3:1 qu’il faut aux marques.'
	);
	await screenshot(page, 'locale-fr-embed-dialog');
});

test('lang=ar: the axis labels, long Arabic day names, keep apart', async ({ page }) => {
	for (const width of [1280, 900, 600]) {
		await page.setViewportSize({ width, height: 800 });
		await gotoInteractive(page, `${embedPath}?lang=ar`);
		const labels = page.locator('.axis .tick text');
		await expect(labels.first()).toBeVisible();
		await expect(labels.first()).toHaveText(/\p{Script=Arabic}/u);
		const boxes = await labels.evaluateAll((texts) =>
			texts.map((text) => {
				const { left, right } = text.getBoundingClientRect();
				return { left, right, label: text.textContent };
			})
		);
		expect(boxes.length).toBeGreaterThanOrEqual(2);
		// Time runs right to left: from the leftmost label on.
		boxes.sort((a, b) => a.left - b.left);
		for (let i = 1; i < boxes.length; i++)
			expect(
				boxes[i]!.left,
				`${width} px: ${boxes[i - 1]!.label} | ${boxes[i]!.label}`
			).toBeGreaterThan(boxes[i - 1]!.right + 2);
		await screenshot(page, `locale-ar-axis-${width}`);
	}
});

test('lang=fr in the editor and lang=de on /draft: the authoring pages in the reader’s language', async ({
	page
}) => {
	await page.goto(`/edit?lang=fr&story=${storyId}`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	await expect(
		page.getByRole('heading', { level: 1, name: 'Modifier une histoire' })
	).toBeVisible();
	await expect(
		page.getByRole('status').filter({ hasText: 'L’histoire est valide.' })
	).toBeVisible();
	await expect(page.getByRole('button', { name: 'Télécharger l’histoire' })).toBeVisible();
	await expect(page.getByLabel('Titre de l’histoire')).not.toHaveValue('');
	await expect(page.getByRole('radio', { name: 'Sombre' })).toBeAttached();
	await expect(page).toHaveTitle('Modifier une histoire · Sourceline');
	await screenshot(page, 'locale-fr-editor');

	await page.goto('/draft?lang=de');
	await expect(
		page.getByRole('heading', { level: 1, name: 'Eine Geschichte aus einem Artikel entwerfen' })
	).toBeVisible();
	await page
		.getByLabel(/^Text des Artikels/)
		.fill('On Friday the minister met the president in Washington.');
	await page.getByLabel(/^Veröffentlicht/).fill('2025-02-27');
	await page.getByRole('button', { name: 'Daten finden und Ereignisse vorschlagen' }).click();
	await expect(page.getByRole('heading', { name: 'Vorschläge', exact: true })).toBeVisible();
	await expect(page.getByRole('button', { name: /^Annehmen/ }).first()).toBeVisible();
});

test('lang=de on the home page: its list of stories in German, and a story keeps the language', async ({
	page
}) => {
	await page.goto('/?lang=de');
	await expect(page.getByRole('heading', { level: 1, name: 'Geschichten' })).toBeVisible();
	await expect(page).toHaveTitle('Sourceline: Nachrichten-Zeitleisten, die ihre Quellen zeigen');
	const story = page.getByRole('listitem').filter({ has: page.locator(`a[href*="${storyId}"]`) });
	// The week's span with German day and month names, the count in German, the publishers
	// in a German list.
	await expect(story.locator('.meta')).toContainText(/Feb\. 2025 – .*März 2025/);
	await expect(story.locator('.meta')).toContainText(/\d+ Ereignisse ·\s+aus HuffPost UK/);
	await expect(
		page.getByRole('link', { name: 'Entwerfen Sie daraus eine Geschichte' })
	).toHaveAttribute('href', '/draft?lang=de');
	await screenshot(page, 'locale-de-home');
	await story.getByRole('link').click();
	await expect(page).toHaveURL(new RegExp(`/stories/${storyId}\\?lang=de$`));
	await expect(page.locator('html')).toHaveAttribute('lang', 'de');
	await expect(page.locator('.masthead')).toContainText('Nachrichten-Zeitleisten');
});

test('lang=fr: an embed that cannot show its story says why in French', async ({ page }) => {
	await page.goto('/embed?src=/no-such-story.json&lang=fr');
	const problem = page.getByRole('alert');
	await expect(
		problem.getByRole('heading', { name: 'Impossible d’afficher cette frise' })
	).toBeVisible();
	await expect(problem).toContainText(
		/a répondu 404.* : il n’y a pas d’histoire à cette adresse\./
	);
	await expect(problem).toContainText('Adresse de l’histoire : /no-such-story.json');
	await screenshot(page, 'locale-fr-problem');
});

test('lang=fr: how a date was read (the week’s first day) is said in French', async ({ page }) => {
	await page.setViewportSize({ width: 1366, height: 768 });
	await gotoInteractive(page, `${embedPath}?lang=fr&from=2025-02-23&to=2025-03-01`);
	await mark(page, 'macron-white-house-visit').click();
	const panel = page.getByRole('region', { name: 'Source' });
	const terms = panel.locator('dt', { hasText: 'Comment la date est lue' });
	await expect(terms).toBeVisible();
	await expect(terms.locator('+ dd')).toHaveText(
		'Les semaines sont comptées du lundi au dimanche, comme dans la langue de la source (en-GB).'
	);
	await screenshot(page, 'locale-fr-week-note');
});

test('in English, the same note comes with the story, with nothing more to load', async ({
	page
}) => {
	await page.setViewportSize({ width: 1366, height: 768 });
	const loaded: string[] = [];
	page.on('request', (request) => loaded.push(request.url()));
	await gotoInteractive(page, `${embedPath}?from=2025-02-23&to=2025-03-01`);
	await mark(page, 'macron-white-house-visit').click();
	const panel = page.getByRole('region', { name: 'Source' });
	await expect(panel.locator('dt', { hasText: 'How it is read' }).locator('+ dd')).toHaveText(
		'Weeks are taken to run Monday to Sunday, as they do in the source’s language (en-GB).'
	);
	expect(loaded.filter((url) => /\/checks\/|catalogues\/fr/.test(url))).toEqual([]);
});
