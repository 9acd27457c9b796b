const LABELS: Record<string, string> = {
	title: 'Title',
	summary: 'Summary',
	kind: 'Kind',
	'place.name': 'Place',
	'place.timeZone': 'Time zone of the place',
	when: 'Date',
	'when.text': 'Date words',
	'when.expression': 'Date expression',
	'when.note': 'Note (why this date)',
	'when.sameAs': 'Dated as',
	target: 'Deadline'
};

/**
 * The name an editor sees for a problem's field on a proposal: the label of the control
 * that fixes it (`events[0].when.note` → "Note (why this date)"), else the field's path
 * inside the event.
 */
export function fieldLabel(field: string): string {
	const inEvent = field.replace(/^events\[\d+\]\./, '');
	return LABELS[inEvent] ?? inEvent;
}
