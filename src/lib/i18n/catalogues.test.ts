import { authoringEn } from './authoring/en';
import { authoringCatalogue } from './authoring/words';
import { checkCatalogues } from './catalogueChecks';
import { checksEn } from './checks/english';
import { checksCatalogue } from './checks/words';
import { en } from './en';
import { catalogue } from './loadLocale';
import { searchEn } from './search/en';
import { searchCatalogue } from './search/words';
import { liveEn } from './live/en';
import { liveCatalogue } from './live/words';
import { sharingEn } from './sharing/en';
import { sharingCatalogue } from './sharing/words';
import { problemsEn } from './problems/en';
import { problemsCatalogue } from './problems/words';
import { siteEn } from './site/en';
import { siteCatalogue } from './site/words';

// The reader's catalogues, the search's, the editor's and drafting page's, the live
// updates', the Embed dialog's, the home page's, an embed's problems and the story checker's,
// each set against its English one.
checkCatalogues('catalogue', en, catalogue);
checkCatalogues('authoring catalogue', authoringEn, authoringCatalogue);
checkCatalogues('search catalogue', searchEn, searchCatalogue);
checkCatalogues('live catalogue', liveEn, liveCatalogue);
checkCatalogues('sharing catalogue', sharingEn, sharingCatalogue);
checkCatalogues('site catalogue', siteEn, siteCatalogue);
checkCatalogues('problems catalogue', problemsEn, problemsCatalogue);
// The English the views start with leaves out a TimelineJS file's problems (checks/words.ts).
checkCatalogues('checks catalogue', checksEn, (locale) =>
	locale === 'en-GB' ? Promise.resolve(checksEn) : checksCatalogue(locale)
);
