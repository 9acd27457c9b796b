import { checkCatalogues } from './catalogueChecks';
import { en } from './en';
import { catalogue } from './loadLocale';

checkCatalogues('catalogue', en, catalogue);
