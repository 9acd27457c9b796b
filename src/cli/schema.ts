// Writes static/story.schema.json from the story format's Valibot definition: `npm run schema`.
import { writeFileSync } from 'node:fs';
import { JSON_SCHEMA_FILE, storyJsonSchemaText } from '../lib/story/jsonSchema';
import { readCommandLine, runCommand } from './commandLine';

const USAGE = `Usage: npm run schema

Writes ${JSON_SCHEMA_FILE}, the story format's JSON Schema, from its definition in the code.

  -h, --help             print this and stop`;

function run(_values: unknown, positionals: string[]): number {
	if (positionals.length > 0) {
		console.error(USAGE);
		return 2;
	}
	writeFileSync(JSON_SCHEMA_FILE, storyJsonSchemaText());
	console.log(`Wrote ${JSON_SCHEMA_FILE}`);
	return 0;
}

process.exitCode = runCommand(readCommandLine(process.argv.slice(2), {}), USAGE, run);
