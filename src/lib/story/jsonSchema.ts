import { toJsonSchema } from '@valibot/to-json-schema';
import { storySchema } from './schema';

/** Where the generated schema is committed; the site serves it at `/story.schema.json`. */
export const JSON_SCHEMA_FILE = 'static/story.schema.json';

/**
 * The JSON Schema of a story file, generated from the Valibot definition, as the text of
 * `static/story.schema.json`. Checks that JSON Schema cannot say (a real time zone, a real
 * calendar date, references between entries) are left to `validateStory`.
 */
export function storyJsonSchemaText(): string {
	const schema = toJsonSchema(storySchema, { errorMode: 'ignore' });
	return `${JSON.stringify({ ...schema, $id: '/story.schema.json' }, null, '\t')}\n`;
}
