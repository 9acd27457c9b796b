/*
 * Sourceline embed loader. Plain JavaScript with no dependencies, served as it is.
 *
 *   <div data-sourceline-story="starmer-washington-week"
 *        data-sourceline-origin="https://timelines.example.org"></div>
 *   <script async src="https://timelines.example.org/embed.js"></script>
 *
 * Turns each placeholder into an iframe of /embed/<id> that follows its content's height,
 * and resizes plain Sourceline iframes already on the page too. Options, each optional:
 * data-sourceline-event, -from, -to, -theme, -panel (passed to the embed), -title (the
 * frame's accessible name), -src (a story JSON from elsewhere, instead of -story) and
 * -deeplink (the page's address follows the selected event: ?sourceline-event=<id>).
 *
 * Only messages from a frame this script made or found, sent from that frame's own origin,
 * are read; everything else is ignored. The message shapes are those of
 * src/lib/embed/messages.ts.
 */
(function () {
	'use strict';

	var PREFIX = 'data-sourceline-';
	var OPTIONS = ['event', 'from', 'to', 'theme', 'panel'];
	var DEEP_LINK = 'sourceline-event';
	var INITIAL_HEIGHT = 480;
	var MAX_HEIGHT = 50000;

	/** The origin of an http(s) address, or null. */
	function originOf(value, base) {
		try {
			var url = new URL(value, base);
			return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
		} catch {
			return null;
		}
	}

	/** The event id the host page's address asks for: ?sourceline-event= or #sourceline-event=. */
	function deepLinkEvent(hostUrl) {
		var url = new URL(hostUrl);
		var fromQuery = url.searchParams.get(DEEP_LINK);
		if (fromQuery) return fromQuery;
		var fromHash = new URLSearchParams(url.hash.slice(1)).get(DEEP_LINK);
		return fromHash || null;
	}

	/** The host page's address with the event recorded (or removed, for null). */
	function withDeepLink(hostUrl, eventId) {
		var url = new URL(hostUrl);
		if (eventId) url.searchParams.set(DEEP_LINK, eventId);
		else url.searchParams.delete(DEEP_LINK);
		var hash = new URLSearchParams(url.hash.slice(1));
		if (hash.has(DEEP_LINK)) {
			hash.delete(DEEP_LINK);
			url.hash = hash.toString();
		}
		return url.href;
	}

	/**
	 * The embed's address for a placeholder's settings ({ story, src, event, ..., deeplink }),
	 * or null when it names no story.
	 */
	function embedSrc(origin, settings, hostUrl) {
		if (!origin) return null;
		var url;
		if (settings.story) url = new URL('/embed/' + encodeURIComponent(settings.story), origin);
		else if (settings.src) {
			url = new URL('/embed', origin);
			url.searchParams.set('src', new URL(settings.src, hostUrl).href);
		} else return null;
		OPTIONS.forEach(function (key) {
			if (settings[key]) url.searchParams.set(key, settings[key]);
		});
		var linked = settings.deeplink ? deepLinkEvent(hostUrl) : null;
		if (linked) url.searchParams.set('event', linked);
		return url.href;
	}

	/** A height message from an embed, as a number of pixels, or null. */
	function readHeight(data) {
		if (!data || data.type !== 'sourceline:height') return null;
		var height = data.height;
		if (typeof height !== 'number' || !isFinite(height) || height < 0) return null;
		return Math.min(Math.ceil(height), MAX_HEIGHT);
	}

	/** An event message from an embed: the id, null for none, or undefined if it is none. */
	function readEvent(data) {
		if (!data || data.type !== 'sourceline:event') return undefined;
		return data.event === null || typeof data.event === 'string' ? data.event : undefined;
	}

	var api = {
		deepLinkEvent: deepLinkEvent,
		withDeepLink: withDeepLink,
		embedSrc: embedSrc,
		readHeight: readHeight,
		readEvent: readEvent
	};

	// Unit tests load this file outside a browser to check the functions above.
	if (typeof window === 'undefined') {
		if (typeof module === 'object' && module) module.exports = api;
		return;
	}
	// Pasted twice on a page: one loader is enough; the second just looks for new placeholders.
	if (window.SourcelineEmbed) {
		window.SourcelineEmbed.scan();
		return;
	}

	var script = document.currentScript;
	var scriptOrigin = script && script.src ? originOf(script.src) : null;
	/** Frames this loader looks after: { iframe, origin, deeplink }. */
	var frames = [];

	function settingsOf(element) {
		var settings = {
			story: element.getAttribute(PREFIX + 'story'),
			src: element.getAttribute(PREFIX + 'src'),
			deeplink: element.hasAttribute(PREFIX + 'deeplink')
		};
		OPTIONS.forEach(function (key) {
			settings[key] = element.getAttribute(PREFIX + key);
		});
		return settings;
	}

	function mount(placeholder) {
		var origin = originOf(placeholder.getAttribute(PREFIX + 'origin') || scriptOrigin || '');
		var settings = settingsOf(placeholder);
		var src = embedSrc(origin, settings, location.href);
		if (!src) {
			console.warn(
				'Sourceline embed: a placeholder needs data-sourceline-story (or -src) and an http(s) data-sourceline-origin'
			);
			return;
		}
		var iframe = document.createElement('iframe');
		iframe.src = src;
		iframe.title = placeholder.getAttribute(PREFIX + 'title') || 'Sourceline timeline';
		iframe.setAttribute('loading', 'lazy');
		iframe.style.cssText = 'display:block;width:100%;border:0;height:' + INITIAL_HEIGHT + 'px';
		placeholder.setAttribute(PREFIX + 'ready', '');
		placeholder.appendChild(iframe);
		frames.push({ iframe: iframe, origin: origin, deeplink: settings.deeplink });
	}

	function tracked(iframe) {
		for (var i = 0; i < frames.length; i++) if (frames[i].iframe === iframe) return true;
		return false;
	}

	/** A plain iframe of our embed, pasted without a placeholder: size it too. */
	function adopt(iframe) {
		if (!scriptOrigin || tracked(iframe) || originOf(iframe.src) !== scriptOrigin) return;
		if (new URL(iframe.src).pathname.indexOf('/embed') !== 0) return;
		frames.push({
			iframe: iframe,
			origin: scriptOrigin,
			deeplink: iframe.hasAttribute(PREFIX + 'deeplink')
		});
		// It may have sent its height before this script ran: ask again. To any origin: the
		// request holds nothing, and a frame still blank (not yet ours) would make a named
		// target origin log an error on the host's console.
		if (iframe.contentWindow) iframe.contentWindow.postMessage({ type: 'sourceline:measure' }, '*');
	}

	function scan() {
		var placeholders = document.querySelectorAll(
			'[' +
				PREFIX +
				'story]:not([' +
				PREFIX +
				'ready]), [' +
				PREFIX +
				'src]:not([' +
				PREFIX +
				'ready])'
		);
		Array.prototype.forEach.call(placeholders, mount);
		Array.prototype.forEach.call(document.querySelectorAll('iframe'), adopt);
	}

	function onMessage(event) {
		var frame = null;
		for (var i = 0; i < frames.length; i++) {
			if (frames[i].iframe.contentWindow === event.source) frame = frames[i];
		}
		// Not one of ours, or one of ours navigated elsewhere: ignore.
		if (!frame || event.origin !== frame.origin) return;
		var height = readHeight(event.data);
		if (height !== null) {
			frame.iframe.style.height = height + 'px';
			return;
		}
		var eventId = readEvent(event.data);
		if (eventId !== undefined && frame.deeplink)
			history.replaceState(history.state, '', withDeepLink(location.href, eventId));
	}

	window.addEventListener('message', onMessage);
	window.SourcelineEmbed = { scan: scan };
	scan();
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
})();
