/**
 * What the TimelineJS import (import/timelinejs) says of a file it cannot convert, in
 * British English: loaded with the importer, which only a TimelineJS file needs, not with
 * the checker. Its problems are filled with the checker's words too ("an object", "null").
 * Where a value is the file's own (a cell, a column, a slide as `events[3]` or `row 5`), it
 * goes in as it is.
 */
export const importEn = {
	// Reading a file.
	notJson: 'Not JSON: {detail}',
	tljsNotObject: 'A TimelineJS file is a JSON object',
	tljsNoEvents: 'A TimelineJS file needs an "events" list',
	tljsErasList: 'Expected a list of eras',
	tljsTitleObject: 'Expected the title slide, an object',
	tljsSlideObject: 'Expected a slide, an object',
	// A spreadsheet exported as CSV.
	tljsUnclosedQuote:
		'A quote (") opened in this row is never closed, so the rest of the sheet would run into one cell',
	tljsColumnTwice:
		"The column {columns} appears more than once: which one holds the slides' words is not known",
	tljsNotSheet: 'Not a TimelineJS spreadsheet: no {missing} column (found {found})',
	tljsNoColumns: 'none',
	tljsNotTime: '"{value}" is not a time of day such as 14:30, 2:30 PM or 14:30:15',
	tljsSecondTitle:
		'A second title row (the title is row {row}): make this one an event or remove it',
	// A slide.
	tljsNoEventSlides: 'The timeline has no events',
	tljsNoWords: 'The slide has no headline and no text: nothing to quote',
	tljsRepeats:
		'Repeats {slide} word for word, so no passage could tell them apart; merge them or make the words differ',
	tljsBeginsAnother:
		'Its words also begin another slide, so no passage could point to it alone; make them differ',
	tljsTextObject: 'Expected an object with "headline" and "text"',
	tljsDisplayDate: 'Expected a string (the date as shown)',
	tljsNoStart: 'A slide needs a start date with a year',
	tljsEraEnd: 'An era needs an end date',
	tljsEndFirst: 'The end ({end}) comes before the start ({start})',
	tljsDropped: 'Dropped: expected {what}',
	tljsNotHttp: 'Dropped: "{url}" is not an http(s) address',
	tljsIgnored: 'Ignored: expected {what}, got {got}',
	aDateObject: 'a date object',
	// A date's parts (year, month, day, hour, …).
	aWholeNumber: 'a whole number',
	tljsNotWhole: '{value} is not a whole number',
	tljsNoYear: 'A date needs a year',
	tljsYearZero: 'There is no year 0: 1 BCE is -1, 1 CE is 1',
	tljsNotMonth: '{value} is not a month ({min}–{max})',
	tljsNotHour: '{value} is not an hour ({min}–{max})',
	tljsNotMinute: '{value} is not a minute ({min}–{max})',
	tljsNotSecond: '{value} is not a second ({min}–{max})',
	tljsNotMillisecond: '{value} is not a millisecond ({min}–{max})',
	tljsNotDay: '{value} is not a day of that month (1–{days})',
	tljsDayAlone: 'A day needs a month; none is given',
	tljsHourAlone: 'An hour needs a day; none is given',
	tljsMinuteAlone: 'A minute needs an hour; none is given',
	tljsSecondAlone: 'A second needs a minute; none is given',
	tljsMillisecondAlone: 'A millisecond needs a second; none is given',
	tljsYearAlone: 'A year beyond 9999 (here {year}) can only be written alone'
};
