import type { CheckWords } from '../../i18n/checks/en';
import { words } from '../said';

// Apart from the season rules (newsPhrases.ts), so that EDTF's seasons (edtfSeasons.ts),
// which the checker always reads, do not bring the rules for date words with them.

/** Zones of places south of the equator, where the seasons are reversed. */
const SOUTHERN_ZONES =
	/^(?:Australia\/|Antarctica\/|America\/Argentina\/|America\/(?:Santiago|Sao_Paulo|Montevideo|Asuncion|La_Paz|Lima)$|Pacific\/(?:Auckland|Chatham|Fiji|Tongatapu|Apia)$|Africa\/(?:Johannesburg|Maputo|Windhoek|Harare|Lusaka|Gaborone|Maseru|Mbabane|Blantyre|Lubumbashi)$|Indian\/(?:Mauritius|Reunion|Antananarivo)$)/;

export function isSouthernZone(timeZone: string): boolean {
	return SOUTHERN_ZONES.test(timeZone);
}

/** Why a season is read in the zone's hemisphere, in words, for the reading's note. */
export function zoneSide(timeZone: string): CheckWords {
	return words(isSouthernZone(timeZone) ? 'zoneSouth' : 'zoneNorth', { zone: timeZone });
}
