import { authoringEn } from './authoring/en';
import { authoringCatalogue } from './authoring/words';
import { checkCatalogues } from './catalogueChecks';
import { en } from './en';
import { catalogue } from './loadLocale';
import { searchEn } from './search/en';
import { searchCatalogue } from './search/words';
import { liveEn } from './live/en';
import { liveCatalogue } from './live/words';

// The reader's catalogues, the search's, and the editor's and drafting page's, each set
// against its English one.
checkCatalogues('catalogue', en, catalogue);
checkCatalogues('authoring catalogue', authoringEn, authoringCatalogue);
checkCatalogues('search catalogue', searchEn, searchCatalogue);
checkCatalogues('live catalogue', liveEn, liveCatalogue);
