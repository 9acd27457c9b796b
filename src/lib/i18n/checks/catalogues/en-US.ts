import type { CheckMessages } from '../en';
import { checksEn } from '../english';

/** American English: the British words where they are spelt the same. */
export default {
	says: {
		...checksEn.says,
		unrecognised:
			'Unrecognized date words "{words}"; expected e.g. "this Friday", "earlier this week", "19 February 2025"'
	}
} satisfies CheckMessages;
