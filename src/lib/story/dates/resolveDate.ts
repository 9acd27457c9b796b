import { resolveDateWith, type ResolveContext, type ResolveResult } from './resolveCore';
import { wordReading } from './wordReading';

export { datedWith, type ResolveContext, type ResolveResult } from './resolveCore';

/** Resolves a date's words, ISO or EDTF with every rule at hand: see `resolveDateWith`. */
export function resolveDateExpression(expression: string, context: ResolveContext): ResolveResult {
	return resolveDateWith(expression, context, wordReading);
}
