/*
 * Sourceline embed loader. Plain JavaScript with no dependencies, served at /embed.js.
 *
 *   <div data-sourceline-story="starmer-washington-week"></div>
 *   <script async src="https://timelines.example.org/embed.js"></script>
 *
 * Turns each placeholder into an iframe of /embed/<id> that follows its content's height,
 * and resizes plain Sourceline iframes already on the page too. Options, each optional:
 * data-sourceline-event, -from, -to, -theme, -panel, -hide (passed to the embed), -title (the
 * frame's accessible name), -src (a story JSON from elsewhere, instead of -story) and
 * -deeplink (the page's address follows the selected event: ?sourceline-event=<id>, and
 * scrolls to its embed). The page scrolls to a panel the reader opens.
 *
 * It frames only its own site: the origin this script was loaded from. A placeholder that
 * names another origin (data-sourceline-origin) is left to that site's loader, so HTML a
 * host lets its users write cannot point the page at a site of their choosing.
 * Each placeholder is mounted on its own: one that fails is skipped with a warning, and the
 * rest still mount. Only messages from a frame this script made or found, sent from that
 * frame's own origin, are read; everything else is ignored.
 */
(function () {
	'use strict';

	/**
	 * Written in by the route that serves this file, from src/lib/embed/host/protocol.ts.
	 * @type {Omit<typeof import('../protocol').EMBED_PROTOCOL, 'hideable'>}
	 */
	var SHARED = /** @type {any} */ (/* EMBED_PROTOCOL */ null);
	var PREFIX = SHARED.attributePrefix;
	var EVENT_ID = new RegExp(SHARED.eventIdPattern);

	/**
	 * The origin of an http(s) address, or null.
	 * @param {string} value
	 * @param {string} [base]
	 */
	function originOf(value, base) {
		var url = httpUrl(value, base);
		return url ? url.origin : null;
	}

	/**
	 * `value` as an http(s) URL (against `base`), or null: never throws.
	 * @param {string} value
	 * @param {string} [base]
	 */
	function httpUrl(value, base) {
		try {
			var url = new URL(value, base);
			return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
		} catch {
			return null;
		}
	}

	/**
	 * An id as a deep link may carry it (a slug, the form of story and event ids), or null.
	 * @param {unknown} value
	 * @returns {string | null}
	 */
	function eventId(value) {
		return typeof value === 'string' &&
			value.length <= SHARED.maxEventIdLength &&
			EVENT_ID.test(value)
			? value
			: null;
	}

	/**
	 * The event id the host page's address asks for: ?sourceline-event= or #sourceline-event=.
	 * @param {string} hostUrl
	 */
	function deepLinkEvent(hostUrl) {
		var url = httpUrl(hostUrl);
		if (!url) return null;
		var fromQuery = eventId(url.searchParams.get(SHARED.deepLinkParam));
		if (fromQuery) return fromQuery;
		return eventId(new URLSearchParams(url.hash.slice(1)).get(SHARED.deepLinkParam));
	}

	/**
	 * The host page's address with the event recorded (or removed, for null or a non-slug).
	 * Only the deep link's own `name=value` pair changes: the rest of the query and the hash
	 * (a router's `#!/route?a=1`) stay as the host wrote them, byte for byte.
	 * @param {string} hostUrl
	 * @param {string | null} id
	 */
	function withDeepLink(hostUrl, id) {
		var url = new URL(hostUrl);
		var recorded = eventId(id);
		var query = withoutPair(url.search.slice(1));
		if (recorded) query.push(SHARED.deepLinkParam + '=' + recorded);
		var hash = url.hash.slice(1);
		var hashPairs = withoutPair(hash);
		if (hashPairs.join('&') !== hash) hash = hashPairs.join('&');
		var base = url.href.slice(0, url.href.length - url.search.length - url.hash.length);
		return (
			base.replace(/[?#]+$/, '') +
			(query.length ? '?' + query.join('&') : '') +
			(hash ? '#' + hash : '')
		);
	}

	/**
	 * The `&`-separated pairs of a query or hash, less the deep link's.
	 * @param {string} part
	 */
	function withoutPair(part) {
		return part.split('&').filter(function (pair) {
			return pair !== '' && pair.split('=')[0] !== SHARED.deepLinkParam;
		});
	}

	/**
	 * The embed's address for a placeholder's settings ({ story, src, event, ..., deeplink }),
	 * or null when it names no story: no story id (a slug), nor an http(s) address in src.
	 * @param {string | null} origin
	 * @param {Record<string, unknown>} settings
	 * @param {string} hostUrl
	 */
	function embedSrc(origin, settings, hostUrl) {
		if (!origin) return null;
		var url;
		if (settings.story) {
			// A story id is a slug too: ".." would lead the frame out of /embed/.
			var id = eventId(settings.story);
			if (!id) return null;
			url = new URL('/embed/' + id, origin);
		} else if (typeof settings.src === 'string' && settings.src) {
			var story = httpUrl(settings.src, hostUrl);
			if (!story) return null;
			url = new URL('/embed', origin);
			url.searchParams.set('src', story.href);
		} else return null;
		var address = url;
		SHARED.options.forEach(function (key) {
			var value = settings[key];
			if (typeof value === 'string' && value) address.searchParams.set(key, value);
		});
		var linked = settings.deeplink ? deepLinkEvent(hostUrl) : null;
		if (linked) url.searchParams.set('event', linked);
		return url.href;
	}

	/**
	 * A height message from an embed, as a number of pixels, or null.
	 * @param {any} data
	 */
	function readHeight(data) {
		return data && data.type === SHARED.messages.height ? pixels(data.height) : null;
	}

	/**
	 * A size or place in a frame: whole pixels (rounded up) within the limit, or null.
	 * @param {unknown} value
	 */
	function pixels(value) {
		if (typeof value !== 'number' || !isFinite(value) || value < 0) return null;
		return Math.min(Math.ceil(value), SHARED.maxHeight);
	}

	/**
	 * An event message from an embed: the id, null for none, or undefined if it is neither.
	 * @param {any} data
	 */
	function readEvent(data) {
		if (!data || data.type !== SHARED.messages.event) return undefined;
		if (data.event === null) return null;
		return eventId(data.event) || undefined;
	}

	/**
	 * A reveal message from an embed ({ top, bottom, start }, px from its top), or null.
	 * @param {any} data
	 */
	function readReveal(data) {
		if (!data || data.type !== SHARED.messages.reveal) return null;
		var top = pixels(data.top);
		var bottom = pixels(data.bottom);
		if (top === null || bottom === null || top > bottom || typeof data.start !== 'boolean')
			return null;
		return { top: top, bottom: bottom, start: data.start };
	}

	/**
	 * How far to scroll so that [top, bottom] (px from the viewport's top) shows in a viewport
	 * `view` px high: as little as brings it in whole, or to its top if it is taller.
	 * @param {number} top
	 * @param {number} bottom
	 * @param {number} view
	 */
	function revealDelta(top, bottom, view) {
		if (top >= 0 && bottom <= view) return 0;
		return top < 0 || bottom - top > view ? top : bottom - view;
	}

	/**
	 * Names a placeholder in a warning: its tag and the attribute that says which story.
	 * @param {Element} element
	 */
	function describe(element) {
		var tag = element.tagName.toLowerCase();
		var which = element.hasAttribute(PREFIX + 'story') ? 'story' : 'src';
		var value = String(element.getAttribute(PREFIX + which)).slice(0, 100);
		return '<' + tag + ' ' + PREFIX + which + '=' + JSON.stringify(value) + '>';
	}

	var api = {
		shared: SHARED,
		deepLinkEvent: deepLinkEvent,
		withDeepLink: withDeepLink,
		embedSrc: embedSrc,
		readHeight: readHeight,
		readEvent: readEvent,
		readReveal: readReveal,
		revealDelta: revealDelta
	};

	// Unit tests load this file outside a browser to check the functions above.
	if (typeof window === 'undefined') {
		if (typeof module === 'object' && module) module.exports = api;
		return;
	}

	// The page's HTML can shadow document's and window's properties by name (DOM clobbering:
	// <img name="currentScript">, <form id="SourcelineEmbeds">): read them from the prototypes.
	var doc = Document.prototype;
	/** @param {string} name */
	function docGet(name) {
		var property = Object.getOwnPropertyDescriptor(doc, name);
		return property && property.get ? property.get.call(document) : null;
	}
	/** @param {string} selectors */
	function queryAll(selectors) {
		return doc.querySelectorAll.call(document, selectors);
	}
	/**
	 * @param {EventTarget} target
	 * @param {string} type
	 * @param {(event: any) => void} listener
	 */
	function listen(target, type, listener) {
		EventTarget.prototype.addEventListener.call(target, type, listener);
	}
	var script = docGet('currentScript');
	var scriptOrigin =
		script instanceof HTMLScriptElement && script.src ? originOf(script.src) : null;
	if (!scriptOrigin) {
		console.warn(
			'Sourceline embed: load embed.js with a <script src> from its site; nothing framed'
		);
		return;
	}
	// Pasted twice on a page: one loader a site is enough; the second looks for new placeholders.
	// Loaders of other Sourceline sites keep their own entries, under a symbol no element names.
	var REGISTRY = Symbol.for('sourceline.embeds');
	var global = /** @type {Record<symbol, Record<string, { scan: () => void }> | undefined>} */ (
		/** @type {unknown} */ (window)
	);
	var loaders = global[REGISTRY] || {};
	global[REGISTRY] = loaders;
	var site = scriptOrigin;
	var running = loaders[site];
	if (running && typeof running.scan === 'function') {
		running.scan();
		return;
	}

	/**
	 * Frames this loader looks after, all on its site (`linked`: opening at a deep link).
	 * @typedef {{ iframe: HTMLIFrameElement, deeplink: boolean, linked: boolean, heard?: boolean }} Frame
	 * @type {Frame[]}
	 */
	var frames = [];
	/** @type {Element[]} Placeholders naming another site, warned about once if nothing else mounts them. */
	var foreign = [];

	/** @param {Element} element */
	function settingsOf(element) {
		/** @type {Record<string, unknown>} */
		var settings = {
			story: element.getAttribute(PREFIX + 'story'),
			src: element.getAttribute(PREFIX + 'src'),
			deeplink: element.hasAttribute(PREFIX + 'deeplink')
		};
		SHARED.options.forEach(function (key) {
			settings[key] = element.getAttribute(PREFIX + key);
		});
		return settings;
	}

	/** @param {Element} placeholder */
	function mount(placeholder) {
		var named = placeholder.getAttribute(PREFIX + 'origin');
		if (named && originOf(named) !== site) {
			if (foreign.indexOf(placeholder) === -1) foreign.push(placeholder);
			return;
		}
		var settings = settingsOf(placeholder);
		var src = embedSrc(site, settings, location.href);
		if (!src)
			throw new Error(
				'it needs a story id in data-sourceline-story, or an http(s) data-sourceline-src'
			);
		var iframe = /** @type {HTMLIFrameElement} */ (doc.createElement.call(document, 'iframe'));
		iframe.src = src;
		iframe.title = placeholder.getAttribute(PREFIX + 'title') || 'Sourceline timeline';
		var linked = settings.deeplink === true && deepLinkEvent(location.href) !== null;
		if (!linked) iframe.setAttribute('loading', 'lazy');
		iframe.style.cssText =
			'display:block;width:100%;border:0;height:' + SHARED.initialHeight + 'px';
		placeholder.setAttribute(PREFIX + 'ready', '');
		placeholder.appendChild(iframe);
		// Off screen, a frame may not draw: go there first.
		if (linked) iframe.scrollIntoView();
		frames.push({ iframe: iframe, deeplink: settings.deeplink === true, linked: linked });
	}

	/** @param {HTMLIFrameElement} iframe */
	function tracked(iframe) {
		return frames.some(function (frame) {
			return frame.iframe === iframe;
		});
	}

	/**
	 * A plain iframe of our embed, pasted without a placeholder: size it too.
	 * @param {HTMLIFrameElement} iframe
	 */
	function adopt(iframe) {
		var url = httpUrl(iframe.src);
		if (!url || url.origin !== site || tracked(iframe)) return;
		if (url.pathname.indexOf('/embed') !== 0) return;
		var frame = {
			iframe: iframe,
			deeplink: iframe.hasAttribute(PREFIX + 'deeplink'),
			linked: false
		};
		frames.push(frame);
		// It may have sent its height before this script ran: ask again.
		measure(frame);
	}

	/**
	 * Asks a frame for its height (it knows then that it is followed). To any origin: the request
	 * holds nothing, and a frame still blank (not yet ours) would make a named target origin
	 * log an error on the host's console.
	 * @param {{ iframe: HTMLIFrameElement }} frame
	 */
	function measure(frame) {
		var target = frame.iframe.contentWindow;
		if (target) target.postMessage({ type: SHARED.messages.measure }, '*');
	}

	/**
	 * Scrolls the page to show [top, bottom] of a frame (px from its top).
	 * @param {Frame} frame
	 * @param {number} top
	 * @param {number} bottom
	 * @param {boolean} smooth
	 */
	function reveal(frame, top, bottom, smooth) {
		var y = frame.iframe.getBoundingClientRect().top;
		smooth = smooth && !matchMedia('(prefers-reduced-motion: reduce)').matches;
		scrollBy({
			top: revealDelta(y + top, y + bottom, innerHeight),
			behavior: smooth ? 'smooth' : 'auto'
		});
	}

	/**
	 * Runs `step` on each element on its own: one that throws is named and skipped.
	 * @template {Element} E
	 * @param {NodeListOf<E>} elements
	 * @param {(element: E) => void} step
	 * @param {(element: E) => string} what
	 */
	function each(elements, step, what) {
		Array.prototype.forEach.call(elements, function (/** @type {E} */ element) {
			try {
				step(element);
			} catch (error) {
				var reason = error instanceof Error ? error.message : String(error);
				console.warn('Sourceline embed: skipped ' + what(element) + ': ' + reason);
			}
		});
	}

	function scan() {
		var waiting = ':not([' + PREFIX + 'ready])';
		var placeholders = queryAll(
			'[' + PREFIX + 'story]' + waiting + ', [' + PREFIX + 'src]' + waiting
		);
		each(placeholders, mount, describe);
		each(
			/** @type {NodeListOf<HTMLIFrameElement>} */ (queryAll('iframe')),
			adopt,
			function (/** @type {HTMLIFrameElement} */ iframe) {
				return '<iframe src=' + JSON.stringify(String(iframe.src).slice(0, 100)) + '>';
			}
		);
	}

	/** Once the page has loaded, names each placeholder of another site that no loader took. */
	function warnForeign() {
		foreign.forEach(function (placeholder) {
			if (placeholder.hasAttribute(PREFIX + 'ready')) return;
			console.warn(
				'Sourceline embed: skipped ' +
					describe(placeholder) +
					': it names ' +
					placeholder.getAttribute(PREFIX + 'origin') +
					', and this loader frames only ' +
					site +
					' (include that site’s own embed.js for it)'
			);
		});
		foreign = [];
	}

	/** @param {MessageEvent} event */
	function onMessage(event) {
		var frame = frames.find(function (frame) {
			return frame.iframe.contentWindow === event.source;
		});
		// Not one of ours, or one of ours navigated elsewhere: ignore.
		if (!frame || event.origin !== site) return;
		if (!frame.heard) measure(frame);
		frame.heard = true;
		var height = readHeight(event.data);
		if (height !== null) {
			frame.iframe.style.height = height + 'px';
			return;
		}
		var part = readReveal(event.data);
		// A frame's first event scrolls only for a deep link (its top too, if both fit).
		if (part && (!part.start || frame.linked)) {
			frame.linked = false;
			reveal(
				frame,
				part.start && part.bottom <= innerHeight ? 0 : part.top,
				part.bottom,
				!part.start
			);
			return;
		}
		var id = readEvent(event.data);
		// A page with no address of its own (about:srcdoc) has nowhere to record it.
		if (id === undefined || !frame.deeplink || !httpUrl(location.href)) return;
		try {
			history.replaceState(history.state, '', withDeepLink(location.href, id));
		} catch (error) {
			console.warn('Sourceline embed: could not record the event in the address: ' + error);
		}
	}

	listen(window, 'message', onMessage);
	loaders[site] = { scan: scan };
	scan();
	if (docGet('readyState') === 'loading') listen(document, 'DOMContentLoaded', scan);
	if (docGet('readyState') === 'complete') setTimeout(warnForeign, 0);
	else listen(window, 'load', warnForeign);
})();
