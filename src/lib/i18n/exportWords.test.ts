import { checkCatalogues } from './catalogueChecks';
import { exportWordsFor } from './exportWords';
import { exportWords } from './exporting/en';

checkCatalogues('export words', exportWords, exportWordsFor);
