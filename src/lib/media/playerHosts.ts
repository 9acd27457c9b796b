/**
 * The hosts whose players a story may embed, by media kind: exact host names (no port, no
 * look-alikes such as `youtube.com.evil.example`). The story check refuses a `video`,
 * `audio` or `map` elsewhere; `mediaEmbed.ts` turns an address on them into its player's.
 * Small on purpose: the story checker carries it on every first load.
 */
export const PLAYER_HOSTS = {
	video: {
		names: 'YouTube or Vimeo',
		host: /^(?:(?:www\.|m\.)?youtube\.com|youtu\.be|www\.youtube-nocookie\.com|(?:www\.|player\.)?vimeo\.com)$/
	},
	audio: { names: 'SoundCloud', host: /^(?:www\.|m\.)?soundcloud\.com$/ },
	map: { names: 'OpenStreetMap', host: /^(?:www\.)?openstreetmap\.org$/ }
};

/** A kind of media that plays in a frame of its host's player. */
export type PlayerKind = keyof typeof PLAYER_HOSTS;
