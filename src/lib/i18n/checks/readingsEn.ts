/**
 * What a reading of date words takes for granted, shown with the date it gives (the week's
 * first day, a season's hemisphere, a fiscal year's start), in British English, and the
 * weekdays those notes and the date-word rules' reasons are filled with: loaded with those
 * rules. An EDTF season's notes, which the checker always reads, are in seasonReadingsEn.ts.
 */
export const readingsEn = {
	weeksRun:
		'Weeks are taken to run {first} to {last}, as they do in the source’s language ({language}).',
	weeksIso:
		'Weeks are taken to run Monday to Sunday, as ISO 8601 counts them: the source’s language is not known.',
	weeksNoRegion:
		'Weeks are taken to run Monday to Sunday, as ISO 8601 counts them: the source’s language ({language}) names no region, and where weeks start depends on it.',
	seasonsNorth:
		'Seasons are taken as meteorological, three whole months, in the northern hemisphere ({why}).',
	seasonsSouth:
		'Seasons are taken as meteorological, three whole months, in the southern hemisphere ({why}).',
	calendarQuarters:
		'Quarters and halves are taken as those of the calendar year; a company whose fiscal year starts in another month counts its own.',
	usFiscalYear:
		'A fiscal year is taken to be the United States government’s: 1 October to 30 September, named by the year it ends in. Companies’ and other countries’ fiscal years start in other months.',
	countedBack:
		'Counted back from the publication day: where the text counts from another date it names, that date is meant.',
	// Weekdays, as the notes and reasons name them.
	monday: 'Monday',
	tuesday: 'Tuesday',
	wednesday: 'Wednesday',
	thursday: 'Thursday',
	friday: 'Friday',
	saturday: 'Saturday',
	sunday: 'Sunday'
};
