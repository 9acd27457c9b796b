import { mediaEmbed } from '../../media/mediaEmbed';
import type { MediaInput } from '../../story/storyInput';
import { words } from '../../story/said';
import { httpUrl } from '../../ui/httpUrl';
import { warn, type ImportContext } from './context';
import { said } from './importSaid';
import { htmlToLine } from './plainText';
import type { Slide } from './timeline';
import { shorten } from './words';

const IMAGE = /\.(?:jpe?g|png|gif|webp|avif|svg)$/i;

/**
 * A slide's media as an image (by its address's ending), a video, audio or map (an address
 * of a player the site embeds: YouTube, Vimeo, SoundCloud, OpenStreetMap) or a link; null
 * when it has none.
 * Anything but an http(s) address is dropped with a warning: the rest of the slide stays.
 */
export function mediaOf(context: ImportContext, slide: Slide, title: string): MediaInput | null {
	const media = slide.data.media;
	if (media === undefined || media === null) return null;
	if (typeof media !== 'object' || Array.isArray(media)) {
		warn(context, slide, 'media', said('tljsDropped', { what: words('anObject') }), title);
		return null;
	}
	const fields = media as Record<string, unknown>;
	const line = (key: string) => (typeof fields[key] === 'string' ? htmlToLine(fields[key]) : '');
	const raw = typeof fields.url === 'string' ? fields.url.trim() : '';
	if (raw === '') return null;
	const url = /^https?:\/\//i.test(raw) ? httpUrl(raw) : null;
	if (!url) {
		const shown = shorten(raw.replace(/\s+/g, ' '), 60);
		warn(context, slide, 'media.url', said('tljsNotHttp', { url: shown }), title);
		return null;
	}
	const caption = line('caption');
	const credit = line('credit');
	const kind = IMAGE.test(url.pathname) ? 'image' : (mediaEmbed(url.href)?.kind ?? 'link');
	const result: MediaInput = { kind, url: url.href };
	if (kind === 'image') result.alt = line('alt') || caption || title;
	if (caption) result.caption = caption;
	if (credit) result.credit = credit;
	return result;
}
