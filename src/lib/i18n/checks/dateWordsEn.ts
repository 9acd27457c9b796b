/**
 * The reasons the rules that read date words give (dates/dateRules.ts and the rules beside
 * it), in British English: loaded with those rules, not with the checker they are part of.
 */
export const dateWordsEn = {
	notCalendarIn: 'it is not a valid calendar date in {year}',
	notWritten: 'it is not a written date',
	wrongWeekday: '{day} is a {is}, not a {named}',
	unknownWeekday: 'unknown weekday "{word}"',
	byTwice: '"by" must be followed by date words, not by another "by"',
	byNotDate: 'the words after "by" are not date words',
	deadlinePassed: 'the deadline ends before the publication day, {day}',
	firstOfWeek:
		'the publication day is a {day}, the first of its week, so the week has no earlier day',
	lastOfWeek: 'the publication day is a {day}, the last of its week, so the week has no later day',
	firstOfMonth: 'the publication day is the first of its month, so the month has no earlier day',
	firstOfYear: 'the publication day is the first of its year, so the year has no earlier day',
	lastOfMonth: 'the publication day is the last of its month, so the month has no later day',
	lastOfYear: 'the publication day is the last of its year, so the year has no later day',
	seasonUnknown:
		'the publication day, {day}, is not in a {season}, and nothing says whether the last or the next one is meant',
	sinceNotDate: 'the words after "since" are not date words',
	sinceDeadline: '"since" needs a date, not a deadline',
	startsAfter: 'it starts after the publication day, {day}',
	rangeTwo: 'a range needs two dates',
	rangeEnds: 'the ends of the range are not date words',
	rangeDeadline: 'a range needs two dates, not a deadline',
	rangeBackwards: 'the range ends before it starts',
	throughoutOne: '"throughout" needs one date, not a range or a deadline',
	throughoutNotDate: 'the words after "throughout" are not date words',
	throughoutDeadline: '"throughout" needs a date, not a deadline',
	howMany: '"{word}" does not say how many',
	tooFar: '{count} {unit} is further than the resolver counts',
	countsOn: '"{word}" counts on from a date the text names, not from the publication',
	timeOneDay: 'a time of day needs one day, and "{words}" names more than one',
	notClock: 'it is not a time on a 12-hour clock',
	// Words the reasons above are filled with.
	spring: 'spring',
	summer: 'summer',
	autumn: 'autumn',
	winter: 'winter',
	days: 'days',
	weeks: 'weeks',
	months: 'months',
	years: 'years'
};
