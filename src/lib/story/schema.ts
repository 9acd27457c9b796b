import * as v from 'valibot';
import { isIsoDateOrInstant } from './dates/isoDate';
import { isValidTimeZone } from './dates/timeZone';
import { media } from './mediaSchema';
import {
	anyString,
	expected,
	instant,
	list,
	object,
	oneOf,
	prose,
	rule,
	text,
	url,
	verbatim
} from './schemaParts';
import { encoded } from './said';
import { MAX_SLUG, SLUG } from './slug';
import { READABLE_STORY_FORMATS, STORY_FORMAT } from './storyFormat';
import { textStyles } from './styleSchema';

/**
 * The story format as one Valibot definition: `validateStory` checks files with it and
 * `npm run schema` turns it into `static/story.schema.json`. Checks that need the whole
 * story (unique ids, references between entries) are in `crossChecks.ts`.
 *
 * Objects are loose: unknown fields pass, so a resolved story (with `start`, `startsAt`…)
 * validates as well as an authored one. `storyInput.ts` reads the story's types from it.
 */

const slug = v.pipe(
	text('A slug: lower-case letters, digits and single hyphens.', MAX_SLUG),
	v.regex(SLUG, (issue) => encoded('notSlug', { value: String(issue.input) }))
);

const timeZone = v.pipe(
	text('An IANA time zone name, e.g. "Europe/London".'),
	v.check(isValidTimeZone, (issue) => encoded('unknownZone', { zone: String(issue.input) }))
);

const language = v.pipe(
	text('A BCP 47 language tag, e.g. "en-GB".'),
	v.check(
		(value) => {
			try {
				Intl.getCanonicalLocales(value);
				return true;
			} catch {
				return false;
			}
		},
		(issue) => encoded('notLanguage', { value: String(issue.input) })
	)
);

/**
 * `stated`: the source's own date words give it, resolved against the source's publication
 * date. `inferred`: placed by the narrative or by another event; `note` gives the reasoning.
 * `editorial`: outside knowledge, not in the source; `note` says where it comes from.
 */
const basis = v.pipe(
	oneOf(['stated', 'inferred', 'editorial']),
	v.description('How the date is known.')
);

/** Inferred and editorial dates must say why. */
const inferredNote = <T>() =>
	rule<T>(
		(fields) => fields.basis !== 'inferred' || fields.note !== undefined,
		encoded('inferredNote'),
		'note'
	);
const editorialNote = <T>() =>
	rule<T>(
		(fields) => fields.basis !== 'editorial' || fields.note !== undefined,
		encoded('editorialNote'),
		'note'
	);

const published = v.pipe(
	object({
		date: v.pipe(
			text('ISO date (2025-02-27) or date-time with offset (2025-02-27T09:30:00+00:00).'),
			v.check(isIsoDateOrInstant, (issue) =>
				encoded('notPublished', { value: String(issue.input) })
			)
		),
		timeZone,
		basis,
		note: v.optional(prose())
	}),
	inferredNote(),
	editorialNote()
);

const source = v.pipe(
	object({
		id: slug,
		publisher: text(),
		title: v.nullable(text('The headline; null where it is not known.')),
		url: v.optional(url),
		urlLabel: v.optional(
			text(
				'What the link to "url" is called, e.g. "The TimelineJS file"; "Original article" if absent.'
			)
		),
		language,
		published: v.pipe(
			v.nullable(published),
			v.description('Null where the publication date is not known.')
		),
		file: v.optional(text('File name beside story.json; the build reads it into "text".')),
		/** SHA-256 (hex) of the file's bytes: the build refuses a source that has drifted. */
		sha256: v.optional(text()),
		text: v.optional(v.pipe(anyString, v.description('The source’s full text, byte-exact.'))),
		styles: v.optional(textStyles),
		license: v.optional(text('Terms of reuse, e.g. "MPL-2.0".'))
	}),
	rule(
		(fields) => fields.text !== undefined || fields.file !== undefined,
		encoded('sourceText'),
		'text'
	)
);

const when = v.pipe(
	object({
		text: v.nullable(text('The date words exactly as the source writes them, or null.')),
		basis,
		/**
		 * The resolver's date words, or EDTF (ISO 8601-2 levels 0 and 1). For `stated` it
		 * defaults to `text`; for `inferred` it is our own phrase for what the narrative implies;
		 * for `editorial` an explicit date such as `19 February 2025`.
		 */
		expression: v.optional(
			text('Date words ("this Friday", "19 February 2025") or EDTF ("1970-04", "1943-07/1946").')
		),
		/** By default the source of the event's first excerpt. */
		source: v.optional(text('Id of the source whose publication date the words are read against.')),
		sameAs: v.optional(text('For inferred dates: the id of the event this one happens during.')),
		/** For `on <weekday>`: which occurrence is meant when it is not in the publication's week. */
		direction: v.optional(oneOf(['past', 'future'])),
		/** Overrides what the words imply: see `DateExtent` in `types.ts`. */
		extent: v.optional(
			v.pipe(
				oneOf(['within', 'throughout']),
				v.description(
					'"within": it happened at some moment inside the dates ("earlier this week", "in 2019"); "throughout": it lasted all of them ("from Monday to Wednesday", "1943-07/1946"). By default, as the words imply.'
				)
			)
		),
		/** Required for `inferred` (the reasoning) and `editorial` (the outside source). */
		note: v.optional(prose())
	}),
	inferredNote(),
	editorialNote(),
	rule(
		(fields) => fields.basis !== 'stated' || fields.text !== null,
		encoded('statedText'),
		'text'
	),
	rule(
		(fields) => fields.basis === 'inferred' || fields.sameAs === undefined,
		encoded('sameAsInferred'),
		'sameAs'
	),
	rule(
		(fields) =>
			fields.basis !== 'inferred' ||
			(fields.expression === undefined) !== (fields.sameAs === undefined),
		encoded('inferredOne')
	),
	rule(
		(fields) => fields.basis !== 'editorial' || fields.expression !== undefined,
		encoded('editorialExpression'),
		'expression'
	)
);

const excerptEntries = {
	source: text('Id of a source of the story.'),
	exact: verbatim('Verbatim words of the source.'),
	/** Text just before `exact`, only needed when `exact` occurs more than once. */
	prefix: v.optional(anyString),
	/** Text just after `exact`, only needed when `exact` occurs more than once. */
	suffix: v.optional(anyString)
};

const event = object({
	/** Stable, unique in the story. */
	id: slug,
	title: text(),
	/** One line in our own words. */
	summary: prose(),
	kind: oneOf(['meeting', 'statement', 'travel', 'announcement', 'visit', 'other']),
	actors: list(text(), false),
	/** Where it happened; without one, days are counted in the story's `displayTimeZone`. */
	place: v.optional(object({ name: text(), timeZone })),
	group: v.optional(text('The track the event is drawn in, and its heading in the list.')),
	when,
	/** A date the event points to, such as a pledge's deadline (`by 2027`); not drawn. */
	target: v.optional(when),
	excerpts: list(object(excerptEntries), true),
	media: v.optional(media)
});

/** A named period drawn as a background band, e.g. a war or a term of office. */
const era = object({
	/** Unique among the story's eras. */
	id: slug,
	label: text(),
	expression: text('EDTF or date words, resolved in the story’s displayTimeZone.')
});

/** A correction made in public: when, what was wrong, and the event it was in, if one. */
const correction = object({
	at: instant,
	text: prose('What was corrected, in plain words.'),
	event: v.optional(text('Id of the event the correction was made in.'))
});

const formatMessage = (issue: v.BaseIssue<unknown>): string =>
	issue.input === undefined
		? encoded('formatMissing', { format: String(STORY_FORMAT) })
		: encoded('formatUnsupported', {
				value: JSON.stringify(issue.input) ?? String(issue.input),
				format: String(STORY_FORMAT)
			});

export const storySchema = v.pipe(
	v.looseObject(
		{
			/** Optional pointer to the JSON Schema (`/story.schema.json`), for editors. */
			$schema: v.optional(v.string(expected('aString'))),
			format: v.picklist(READABLE_STORY_FORMATS, formatMessage),
			id: slug,
			title: text(),
			summary: prose(),
			language,
			/** The zone the axis is drawn in; shown to the reader. */
			displayTimeZone: timeZone,
			sources: list(source, true),
			events: list(event, true),
			/** Passages that report no happening (analysis, background), each with the reason. */
			context: v.optional(list(object({ ...excerptEntries, reason: prose() }), false)),
			eras: v.optional(list(era, false)),
			/** When the story last changed, for readers: "Updated 3 Mar 2025, 09:00 GMT". */
			updated: v.optional(instant),
			/** Corrections made since publication, shown with the story and with their event. */
			corrections: v.optional(list(correction, false))
		},
		(issue) => (issue.expected === '"format"' ? formatMessage(issue) : expected('anObject')(issue))
	),
	v.title('Sourceline story'),
	v.description('A news story as events, each pointing to the exact words of its source.')
);
