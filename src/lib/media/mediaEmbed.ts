import { httpUrl } from '../ui/httpUrl';
import { PLAYER_HOSTS, type PlayerKind } from './playerHosts';

/** What plays an address of a known host: the provider's name and its player's address. */
export interface MediaEmbed {
	kind: PlayerKind;
	/** The provider's own name, e.g. "YouTube": shown on the poster, never translated. */
	provider: string;
	/** Always https, always on the player hosts the site's `frame-src` lists. */
	playerUrl: string;
}

/** Past this, an address is no link anyone pasted: refused unread. */
const MAX_URL = 2048;

const YOUTUBE_ID = /^[\w-]{11}$/;
/** `/123`, `/123/abcdef0123` (an unlisted video's key), `/video/123` on the player's host. */
const VIMEO_PATH = /^\/(?:video\/)?(\d{1,12})(?:\/([\da-f]{6,20}))?\/?$/;
/** A profile, a track or a set: `/artist`, `/artist/track`, `/artist/sets/name`. */
const SOUNDCLOUD_PATH = /^(?:\/[\w-]{1,100}){1,3}\/?$/;
const DEGREES = /^-?\d{1,3}(?:\.\d{1,12})?$/;

/**
 * The player for a media address, or null when it is none the site embeds (then it stays a
 * plain link). Pure: reads the address alone, requests nothing.
 *
 * - YouTube (`youtube.com/watch?v=`, `youtu.be/`, `/embed/`, `/shorts/`): played from
 *   www.youtube-nocookie.com, which sets no cookie until the video plays.
 * - Vimeo (`vimeo.com/<id>`): player.vimeo.com with `dnt=1` (no tracking).
 * - SoundCloud (`soundcloud.com/<artist>/<track>`): the w.soundcloud.com widget.
 * - OpenStreetMap (`#map=<zoom>/<lat>/<lon>`, `?mlat=&mlon=`): its export/embed page, with a
 *   marker. Google Maps links stay links: Google offers no keyless embed of a link, and its
 *   frames set cookies.
 */
export function mediaEmbed(value: string): MediaEmbed | null {
	if (value.length > MAX_URL) return null;
	const url = httpUrl(value);
	if (!url || url.username || url.password) return null;
	const { host } = url;
	if (PLAYER_HOSTS.video.host.test(host))
		return host.endsWith('vimeo.com') ? vimeo(url) : youtube(url);
	if (PLAYER_HOSTS.audio.host.test(host)) return soundcloud(url);
	if (PLAYER_HOSTS.map.host.test(host)) return openStreetMap(url);
	return null;
}

function youtube(url: URL): MediaEmbed | null {
	const [first = '', second = '', ...rest] = url.pathname.split('/').slice(1);
	const id =
		url.host === 'youtu.be'
			? second === '' && first
			: first === 'watch' && second === ''
				? url.searchParams.get('v')
				: ['embed', 'shorts', 'live'].includes(first) && rest.every((part) => part === '')
					? second
					: null;
	if (!id || !YOUTUBE_ID.test(id)) return null;
	const player = new URL(`https://www.youtube-nocookie.com/embed/${id}`);
	player.searchParams.set('autoplay', '1');
	const start = seconds(url.searchParams.get('t') ?? url.searchParams.get('start'));
	if (start) player.searchParams.set('start', String(start));
	return { kind: 'video', provider: 'YouTube', playerUrl: player.href };
}

/** A start time as YouTube writes it (`90`, `90s`, `1m30s`, `1h2m3s`), in seconds. */
function seconds(value: string | null): number | null {
	const parts = value?.match(/^(?:(\d{1,2})h)?(?:(\d{1,4})m)?(?:(\d{1,6})s?)?$/);
	if (!parts) return null;
	const [, h = '0', m = '0', s = '0'] = parts;
	return Number(h) * 3600 + Number(m) * 60 + Number(s) || null;
}

function vimeo(url: URL): MediaEmbed | null {
	const onPlayer = url.host === 'player.vimeo.com';
	const match = url.pathname.match(VIMEO_PATH);
	if (!match || onPlayer !== url.pathname.startsWith('/video/')) return null;
	const [, id, pathKey] = match;
	const key = pathKey ?? url.searchParams.get('h');
	const player = new URL(`https://player.vimeo.com/video/${id}`);
	if (key && /^[\da-f]{6,20}$/.test(key)) player.searchParams.set('h', key);
	player.searchParams.set('dnt', '1');
	player.searchParams.set('autoplay', '1');
	return { kind: 'video', provider: 'Vimeo', playerUrl: player.href };
}

function soundcloud(url: URL): MediaEmbed | null {
	if (!SOUNDCLOUD_PATH.test(url.pathname)) return null;
	const player = new URL('https://w.soundcloud.com/player/');
	player.searchParams.set('url', `https://soundcloud.com${url.pathname.replace(/\/$/, '')}`);
	player.searchParams.set('auto_play', 'true');
	return { kind: 'audio', provider: 'SoundCloud', playerUrl: player.href };
}

/** The map's view: `#map=<zoom>/<lat>/<lon>`, a marker's `mlat` and `mlon`, or both. */
function openStreetMap(url: URL): MediaEmbed | null {
	const view = url.hash.match(/^#map=(\d{1,2})\/([^/&]+)\/([^/&]+)/);
	const centre = view ? point(view[2]!, view[3]!) : null;
	const marker = point(url.searchParams.get('mlat'), url.searchParams.get('mlon'));
	const zoom = view ? Number(view[1]) : 15;
	const at = marker ?? centre;
	if (!at || (view && !centre) || zoom > 19) return null;
	const [lat, lon] = centre ?? at;
	// The view of a frame about 512 pixels wide and 288 high (16:9) at that zoom: a degree of
	// longitude spans 256 × 2^zoom / 360 pixels, and a degree of latitude 1 / cos(lat) times that.
	const halfLon = 360 / 2 ** zoom;
	const halfLat = halfLon * 0.5625 * Math.cos((lat * Math.PI) / 180);
	const clamp = (n: number, limit: number) => Math.min(limit, Math.max(-limit, n)).toFixed(5);
	const bbox = [
		clamp(lon - halfLon, 180),
		clamp(lat - halfLat, 85.0511),
		clamp(lon + halfLon, 180),
		clamp(lat + halfLat, 85.0511)
	];
	const player = new URL('https://www.openstreetmap.org/export/embed.html');
	player.searchParams.set('bbox', bbox.join(','));
	player.searchParams.set('layer', 'mapnik');
	player.searchParams.set('marker', `${at[0]},${at[1]}`);
	return { kind: 'map', provider: 'OpenStreetMap', playerUrl: player.href };
}

/** Latitude and longitude as decimal degrees within their ranges, or null. */
function point(lat: string | null, lon: string | null): [number, number] | null {
	if (!lat || !lon || !DEGREES.test(lat) || !DEGREES.test(lon)) return null;
	const [y, x] = [Number(lat), Number(lon)];
	return Math.abs(y) <= 90 && Math.abs(x) <= 180 ? [y, x] : null;
}
