import { describe, expect, it } from 'vitest';
import { stories } from '$lib/server/stories';
import { shareTags } from './shareTags';

// A shared story's tags speak the story's language: the card's alternative text and
// og:locale, as the card itself (socialCard.test.ts).

const ORIGIN = 'https://timelines.example.org';

describe('shareTags', () => {
	it('describes a French story’s card in French, its locale fr_FR', async () => {
		const tags = await shareTags(ORIGIN, { id: 'grève', title: 'La grève', language: 'fr' });
		expect(tags.card.alt).toBe('La frise de « La grève », avec ses sources');
		expect(tags.locale).toBe('fr_FR');
		expect(tags.pageUrl).toBe(`${ORIGIN}/stories/gr%C3%A8ve`);
		expect(tags.card).toMatchObject({
			url: `${ORIGIN}/stories/gr%C3%A8ve/card.png`,
			width: 1200,
			height: 630
		});
	});

	it('keeps the territory a story’s tag names, and takes the likeliest otherwise', async () => {
		const arabic = await shareTags(ORIGIN, { id: 'a', title: 'العنوان', language: 'ar' });
		expect(arabic.card.alt).toBe('الخط الزمني لـ«العنوان» مع مصادره');
		expect(arabic.locale).toBe('ar_EG');
		expect((await shareTags(ORIGIN, { id: 'q', title: 'Q', language: 'fr-CA' })).locale).toBe(
			'fr_CA'
		);
	});

	it.each(stories.map((story) => [story.id, story] as const))(
		'keeps the built English story %s’s English words',
		async (_, story) => {
			const tags = await shareTags(ORIGIN, story);
			expect(tags.card.alt).toBe(`The timeline of “${story.title}”, with its sources`);
			expect(tags.locale).toBe(story.language.replace('-', '_'));
		}
	);
});
