/**
 * A sheet a finger drags down to dismiss: from its top (not while its content is scrolled),
 * it follows the finger, and a drag past `distance` pixels dismisses it; a shorter one puts
 * it back. An attachment: returns what removes the listeners.
 */
export function swipeDown(ondismiss: () => void, distance = 80) {
	return (element: HTMLElement): (() => void) => {
		let startY: number | null = null;
		let dragged = 0;
		const start = (event: TouchEvent) => {
			const top = element.scrollTop <= 0 && event.touches.length === 1;
			startY = top ? event.touches[0]!.clientY : null;
			dragged = 0;
		};
		const move = (event: TouchEvent) => {
			if (startY === null) return;
			dragged = Math.max(0, event.touches[0]!.clientY - startY);
			element.style.translate = dragged > 0 ? `0 ${dragged}px` : '';
		};
		const end = (event: TouchEvent) => {
			element.style.translate = '';
			if (event.type === 'touchend' && startY !== null && dragged > distance) ondismiss();
			startY = null;
		};
		element.addEventListener('touchstart', start, { passive: true });
		element.addEventListener('touchmove', move, { passive: true });
		element.addEventListener('touchend', end);
		element.addEventListener('touchcancel', end);
		return () => {
			element.removeEventListener('touchstart', start);
			element.removeEventListener('touchmove', move);
			element.removeEventListener('touchend', end);
			element.removeEventListener('touchcancel', end);
		};
	};
}
