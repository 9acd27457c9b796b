// Writes static/story.schema.json from the story format's Valibot definition: `npm run schema`.
import { writeFileSync } from 'node:fs';
import { JSON_SCHEMA_FILE, storyJsonSchemaText } from '../src/lib/story/jsonSchema';

writeFileSync(JSON_SCHEMA_FILE, storyJsonSchemaText());
console.log(`Wrote ${JSON_SCHEMA_FILE}`);
