import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_FILE, storyJsonSchemaText } from './jsonSchema';

describe('static/story.schema.json', () => {
	it('is what `npm run schema` generates from the Valibot definition (run it after a change)', () => {
		expect(readFileSync(JSON_SCHEMA_FILE, 'utf8')).toBe(storyJsonSchemaText());
	});

	it('describes the fields of format 3', () => {
		const schema = JSON.parse(storyJsonSchemaText());
		const event = schema.properties.events.items;
		expect(schema.required).toEqual(expect.arrayContaining(['format', 'events', 'sources']));
		expect(schema.properties.format.enum).toEqual([
			'sourceline/story@1',
			'sourceline/story@2',
			'sourceline/story@3'
		]);
		expect(Object.keys(event.properties)).toEqual(
			expect.arrayContaining(['group', 'media', 'when', 'place'])
		);
		expect(event.required).not.toContain('place');
		expect(event.properties.when.properties.extent.enum).toEqual(['within', 'throughout']);
		expect(event.properties.when.required).not.toContain('extent');
		expect(event.properties.media.properties.kind.enum).toEqual([
			'image',
			'link',
			'video',
			'audio',
			'map'
		]);
		expect(schema.properties.eras.items.required).toEqual(['id', 'label', 'expression']);
	});
});
