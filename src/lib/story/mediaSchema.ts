import * as v from 'valibot';
import { PLAYER_HOSTS, type PlayerKind } from '../media/playerHosts';
import { httpUrl } from '../ui/httpUrl';
import { encoded } from './said';
import { object, oneOf, prose, rule, url } from './schemaParts';

/**
 * A video, audio or map only from its players' hosts. An address that is no http(s) URL is
 * reported once, by `url`.
 */
const onPlayerHost = <T>(kind: PlayerKind) =>
	rule<T>(
		(fields) => {
			if (fields.kind !== kind || typeof fields.url !== 'string') return true;
			const url = httpUrl(fields.url);
			return url === null || PLAYER_HOSTS[kind].host.test(url.host);
		},
		encoded('mediaHost', { kind, hosts: PLAYER_HOSTS[kind].names }),
		'url'
	);

/**
 * A picture, a link, or a video, audio or map played by its host's player (YouTube, Vimeo,
 * SoundCloud, OpenStreetMap: see `media/playerHosts.ts`), shown with an event in the reading
 * panel. A player loads only when the reader asks for it.
 */
export const media = v.pipe(
	object({
		kind: oneOf(['image', 'link', 'video', 'audio', 'map']),
		url,
		alt: v.optional(prose('For an image: what it shows, for readers who cannot see it.')),
		caption: v.optional(prose()),
		credit: v.optional(prose())
	}),
	rule((fields) => fields.kind !== 'image' || fields.alt !== undefined, encoded('imageAlt'), 'alt'),
	onPlayerHost('video'),
	onPlayerHost('audio'),
	onPlayerHost('map')
);
