import { en, type Messages } from '../en';

/** American English: the British catalogue where the words are the same. */
export default {
	...en,
	source: { ...en.source, licence: 'Reused under the license {licence}' },
	legend: { ...en.legend, clusters: 'Events too close to draw apart: zoom in to see them' }
} satisfies Messages;
