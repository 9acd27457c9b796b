import { problemsEn, type ProblemMessages } from '../en';

/** American English: the British words serve, spelt the same. */
export default { ...problemsEn } satisfies ProblemMessages;
