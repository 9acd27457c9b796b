import type { ExcerptInput } from '../../story/storyInput';
import { TIMELINE_SOURCE_ID } from './context';

/**
 * The excerpt for block `index`: the whole slide, pinned between the blank lines around it
 * so a slide whose words also start a longer slide is still told apart. Null when even that
 * is ambiguous (only the last block can be: nothing follows it).
 */
export function quote(text: string, blocks: string[], index: number): ExcerptInput | null {
	const exact = blocks[index]!;
	const excerpt: ExcerptInput = { source: TIMELINE_SOURCE_ID, exact };
	if (index === 0) {
		// Nothing before it to pin it by: it must not also end a later slide.
		if (blocks.length > 1) excerpt.suffix = '\n\n';
		return blocks.length > 1 && text.includes(`\n${exact}\n\n`) ? null : excerpt;
	}
	excerpt.prefix = '\n\n';
	if (index < blocks.length - 1) {
		excerpt.suffix = '\n\n';
		return excerpt;
	}
	excerpt.suffix = '\n';
	if (occurrences(text, `\n\n${exact}\n`) <= 1) return excerpt;
	excerpt.prefix = `${index > 1 ? '\n\n' : ''}${blocks[index - 1]}\n\n`;
	return occurrences(text, `${excerpt.prefix}${exact}\n`) <= 1 ? excerpt : null;
}

/** How often `words` occur in `text`, counted up to two. */
function occurrences(text: string, words: string): number {
	let count = 0;
	for (let at = text.indexOf(words); at !== -1 && count < 2; at = text.indexOf(words, at + 1))
		count++;
	return count;
}
