import * as v from 'valibot';
import { encoded } from './said';
import { anyString, expected, list, object, oneOf, rule, url, verbatim } from './schemaParts';

/** A UTF-16 offset into a source's text. */
const offset = v.pipe(
	v.number(expected('aNumber')),
	v.check((n) => Number.isSafeInteger(n) && n >= 0, encoded('wholeNumber'))
);

/**
 * Words of a source shown with emphasis, in bold or as a link, as the source showed them (a
 * TimelineJS slide's `<em>` or `<a href>`). Found like an excerpt: by its exact words, with a
 * prefix or suffix where they occur more than once; `start` and `end`, where given, are
 * checked first and the words searched for when they no longer fit. Drawn as elements,
 * never as markup.
 */
const textStyle = v.pipe(
	object({
		exact: verbatim('Verbatim words of the source that the style covers.'),
		prefix: v.optional(anyString),
		suffix: v.optional(anyString),
		start: v.optional(offset),
		end: v.optional(offset),
		style: oneOf(['emphasis', 'strong', 'link']),
		href: v.optional(url)
	}),
	rule(
		(fields) => fields.style !== 'link' || fields.href !== undefined,
		encoded('linkHref'),
		'href'
	),
	rule(
		(fields) => fields.style === 'link' || fields.href === undefined,
		'"href" is only for a link',
		'href'
	)
);

export const textStyles = v.pipe(
	list(textStyle, false),
	v.description('Words shown with emphasis, in bold or as links, as the source showed them.')
);
