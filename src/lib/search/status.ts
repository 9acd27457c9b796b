/** The status of a search: "3 of 11 events match". */
export function matchStatus(matching: number, total: number): string {
	const of = `${matching.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')}`;
	return total === 1 ? `${of} event matches` : `${of} events match`;
}
