import type { Plural, Widened } from '../en';

/**
 * What an embed says when it cannot show a story, in British English: a catalogue apart from
 * the reader's (../en.ts), loaded with the problem's view, so no first load carries it.
 * `says` are the problems themselves, each filled with its places by `problemText`. Every
 * other catalogue (catalogues/*.ts) follows this one.
 */
export const problemsEn = {
	heading: 'This timeline could not be shown',
	address: 'Story address:',
	event: 'event {id},',
	field: 'field {field}:',
	more: { one: '… and {n} more.', other: '… and {n} more.' } as Plural,
	says: {
		noSrc: 'No story to show: add ?src= and the address of a story JSON file to the address.',
		unexpected: 'The story could not be loaded ({error}).',
		badUrl: '“{src}” is not an http(s) address of a story file.',
		credentials:
			'The story’s address holds a user name or password (the “name:password@” part); a story file is public, so leave them out.',
		unreachable:
			'Could not load the story from {host}: the site could not be reached, or it does not let other sites read the file (it must send Access-Control-Allow-Origin).',
		timeout: '{host} did not answer within {seconds} seconds.',
		http: '{host} answered {status}.',
		notFound: '{host} answered {status}: there is no story at that address.',
		brokeOff: 'The connection to {host} broke off while loading the story.',
		tooLarge: 'The story file is too large: it is over {size}, the most an embed loads.',
		notJson:
			'The file is not JSON ({detail}), nor a TimelineJS spreadsheet published as CSV, so it is no story.',
		invalid: {
			one: 'The story file has a problem:',
			other: 'The story file has {n} problems:'
		} as Plural,
		slow: 'Checking the story took more than {seconds} seconds, so it was given up; a story file this slow to check is too large or too complex for an embed.'
	}
};

/** What every catalogue of the problems holds. */
export type ProblemMessages = Widened<typeof problemsEn>;

/** A problem, as one of the catalogue's messages. */
export type ProblemKey = keyof typeof problemsEn.says;

/** What a problem says: its message and the values of its places. */
export interface ProblemWords {
	key: ProblemKey;
	values?: Record<string, string | number>;
}
