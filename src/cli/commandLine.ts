import { writeFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** What a command was asked: to run with these values, to print its usage, or nonsense. */
export type CommandLine<Values> =
	| { kind: 'run'; values: Values; positionals: string[] }
	| { kind: 'help' }
	| { kind: 'error'; message: string };

/**
 * A command's arguments read by `node:util`'s `parseArgs`, strictly (an unknown option or a
 * missing value is an error, not a guess), with `--help` / `-h` added to every command.
 */
export function readCommandLine<Values>(
	args: string[],
	options: NonNullable<ParseArgsConfig['options']>
): CommandLine<Values> {
	let parsed;
	try {
		parsed = parseArgs({
			args,
			allowPositionals: true,
			strict: true,
			options: { ...options, help: { type: 'boolean', short: 'h' } }
		});
	} catch (error) {
		return { kind: 'error', message: (error as Error).message };
	}
	const { help, ...values } = parsed.values as Record<string, unknown>;
	if (help) return { kind: 'help' };
	return { kind: 'run', values: values as Values, positionals: parsed.positionals };
}

/**
 * Runs a command: its usage on stdout with exit code 0 for `--help`, on stderr with exit
 * code 2 for arguments it does not take, otherwise `run`'s own exit code.
 */
export function runCommand<Values>(
	line: CommandLine<Values>,
	usage: string,
	run: (values: Values, positionals: string[]) => number
): number {
	if (line.kind === 'help') {
		process.stdout.write(`${usage}\n`);
		return 0;
	}
	if (line.kind === 'error') {
		process.stderr.write(`${line.message}\n\n${usage}\n`);
		return 2;
	}
	return run(line.values, line.positionals);
}

/** JSON as the project writes it: tabs, a final newline. */
export function jsonText(value: unknown): string {
	return `${JSON.stringify(value, null, '\t')}\n`;
}

/**
 * Writes a command's JSON to `output` (saying so on stderr), or to stdout without one. A
 * file written by the command holds only the JSON, whatever npm prints before it.
 */
export function writeJson(value: unknown, output: string | undefined): void {
	if (output === undefined) {
		process.stdout.write(jsonText(value));
		return;
	}
	writeFileSync(output, jsonText(value));
	process.stderr.write(`Wrote ${output}\n`);
}
