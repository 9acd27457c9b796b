import { EMBED_PROTOCOL } from './protocol';

/**
 * The postMessage protocol between an embed and its host page. The embed speaks two dialects:
 * its own (objects, read by static/embed.js) and pym.js's (strings, read by `pym.Parent`), so a
 * newsroom page that already uses pym.js resizes the frame with no code of ours. The loader
 * reads the same object shapes in plain JS, with its type names and limits from protocol.ts.
 */

const TYPES = EMBED_PROTOCOL.messages;

/** Embed → host: the height of the embed's content, in CSS pixels. */
export interface HeightMessage {
	type: typeof TYPES.height;
	height: number;
}

/** Embed → host: the reader selected an event (or closed it: null), for the host's deep link. */
export interface EventMessage {
	type: typeof TYPES.event;
	event: string | null;
}

/**
 * Embed → host: "bring this part of me into view" (CSS px from the embed's top), for a host
 * that sizes the frame to its content. Sent after the reader selects an event (the panel that
 * opened); `start` marks the one sent for the event the embed opened at, which a host follows
 * only for its own deep link, never for an event the page chose.
 */
export interface RevealMessage {
	type: typeof TYPES.reveal;
	top: number;
	bottom: number;
	start: boolean;
}

export type EmbedMessage = HeightMessage | EventMessage | RevealMessage;

/**
 * Host → embed: "tell me your height again" (sent by a loader that started after the frame,
 * or on a frame's first message). A host that asks follows the embed's height, so the embed
 * then lays its reading panel out in the page's flow instead of inside a fixed frame.
 */
export interface MeasureRequest {
	type: typeof TYPES.measure;
}

/** No frame needs to be taller than this; a larger number is a bug or a forgery. */
export const MAX_HEIGHT = EMBED_PROTOCOL.maxHeight;

export function heightMessage(height: number): HeightMessage {
	return { type: TYPES.height, height: Math.ceil(height) };
}

export function eventMessage(event: string | null): EventMessage {
	return { type: TYPES.event, event };
}

/** [top, bottom] of the embed, in whole pixels within it and the limit, never upside down. */
export function revealMessage(top: number, bottom: number, start = false): RevealMessage {
	const edge = (px: number) => pixels(Math.max(0, px)) ?? 0;
	return { type: TYPES.reveal, top: edge(top), bottom: Math.max(edge(top), edge(bottom)), start };
}

/** Reads a message from an embed; anything else (another app's message, a bad shape) is null. */
export function parseEmbedMessage(data: unknown): EmbedMessage | null {
	if (typeof data !== 'object' || data === null) return null;
	const message = data as Record<string, unknown>;
	if (message.type === TYPES.height) {
		const height = pixels(message.height);
		return height === null ? null : heightMessage(height);
	}
	if (message.type === TYPES.event) {
		const { event } = message;
		return event === null || typeof event === 'string' ? eventMessage(event) : null;
	}
	if (message.type === TYPES.reveal) {
		const [top, bottom, { start }] = [pixels(message.top), pixels(message.bottom), message];
		return top !== null && bottom !== null && top <= bottom && typeof start === 'boolean'
			? { type: TYPES.reveal, top, bottom, start }
			: null;
	}
	return null;
}

/** A size or place in the embed: whole pixels (rounded up, so nothing is cut) within the limit. */
function pixels(value: unknown): number | null {
	return typeof value === 'number' && Number.isFinite(value) && value >= 0
		? Math.min(Math.ceil(value), MAX_HEIGHT)
		: null;
}

export function isMeasureRequest(data: unknown): data is MeasureRequest {
	return (
		typeof data === 'object' && data !== null && (data as MeasureRequest).type === TYPES.measure
	);
}

// ── pym.js ──────────────────────────────────────────────────────────────────
// pym.js v1 frames every message as `pym` + id + type + body joined by `xPYMx`, and a parent
// only reads messages carrying the id it gave its child in the `childId` query parameter.

const PYM_DELIMITER = 'xPYMx';

/** `pymxPYMx<childId>xPYMx<type>xPYMx<body>`, as pym.Child's sendMessage writes it. */
export function pymMessage(childId: string, type: string, body: string): string {
	return ['pym', childId, type, body].join(PYM_DELIMITER);
}

/** A pym message addressed to `childId` (e.g. the parent's `width`), or null. */
export function parsePymMessage(
	data: unknown,
	childId: string
): { type: string; body: string } | null {
	if (typeof data !== 'string') return null;
	const head = `pym${PYM_DELIMITER}${childId}${PYM_DELIMITER}`;
	if (!data.startsWith(head)) return null;
	const rest = data.slice(head.length);
	const cut = rest.indexOf(PYM_DELIMITER);
	if (cut <= 0) return null;
	const type = rest.slice(0, cut);
	// pym's own pattern for the type is \S+.
	return /\s/.test(type) ? null : { type, body: rest.slice(cut + PYM_DELIMITER.length) };
}
