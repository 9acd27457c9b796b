import { resolveDayWords } from './dateRules';
import { resolveTimeOfDay } from './timeOfDay';

/**
 * The rules that read date words against a publication day ("this Friday", "earlier this
 * week", "9 a.m. Monday"): the larger part of the resolver, apart from ISO and EDTF
 * (resolveCore.ts), so a checker of stories dated in EDTF can do without them.
 */
export const wordReading = { resolveDayWords, resolveTimeOfDay };

export type WordReading = typeof wordReading;
