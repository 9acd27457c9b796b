import { isMeasureRequest, parsePymMessage, pymMessage, type EmbedMessage } from './messages';

/**
 * The embed's side of the conversation with its host page (window.parent). Messages carry no
 * secrets (a height, a public event id), so they go to any origin: the host, not the embed,
 * decides whom to trust, and the loader (/embed.js) checks the sender's origin.
 */

/** True inside an iframe; a story opened on its own has no host to talk to. */
export function inFrame(): boolean {
	return window.parent !== window;
}

/** The id pym.Parent gave this frame (its `childId` query parameter), if a pym host made it. */
function pymChildId(): string | null {
	return new URL(location.href).searchParams.get('childId') || null;
}

/** True in a frame a pym.js host made: it follows the frame's height from the start. */
export function pymHost(): boolean {
	return inFrame() && pymChildId() !== null;
}

/** Sends a message to the host, in pym.js's dialect too when a pym host is listening. */
export function postToHost(message: EmbedMessage): void {
	if (!inFrame()) return;
	window.parent.postMessage(message, '*');
	const childId = pymChildId();
	if (childId && message.type === 'sourceline:height')
		window.parent.postMessage(pymMessage(childId, 'height', String(message.height)), '*');
}

/**
 * Calls `onmeasure` when the host asks for the height (again): the loader (our
 * `sourceline:measure`, on the frame's first message or when it started after the frame) or
 * pym.Parent telling a new width. Either follows the height. Returns the clean-up.
 */
export function listenToHost(onmeasure: () => void): () => void {
	const childId = pymChildId();
	const onmessage = (event: MessageEvent) => {
		if (event.source !== window.parent) return;
		const asked =
			isMeasureRequest(event.data) ||
			(childId !== null && parsePymMessage(event.data, childId)?.type === 'width');
		if (asked) onmeasure();
	};
	window.addEventListener('message', onmessage);
	return () => window.removeEventListener('message', onmessage);
}
