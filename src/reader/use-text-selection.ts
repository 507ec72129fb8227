/**
 * Selecting words in the reader's text, for a curator: the DOM selection followed as offsets
 * into the stored text (see selection-offsets), by mouse or by keyboard. The text is not
 * editable, so browsers give it no caret; this hook gives it one — arrows move a caret drawn
 * by the reader, Shift+arrows extend the selection (Ctrl/Alt+arrows by word), Ctrl/⌘+A
 * selects the whole text — and Tab from a selection goes straight to the tools for it.
 */
import { useCallback, useEffect, useState, type KeyboardEvent, type RefObject } from 'react';
import { textRangeOf, type TextRange } from './selection-offsets';

export interface CaretBox {
  top: number;
  left: number;
  height: number;
}

/** Arrow keys as `Selection.modify` directions: left/right are visual, so Arabic text moves the way the arrow points. */
const MOVES: Record<string, [direction: string, granularity: string]> = {
  ArrowLeft: ['left', 'character'],
  ArrowRight: ['right', 'character'],
  ArrowUp: ['backward', 'line'],
  ArrowDown: ['forward', 'line'],
  Home: ['backward', 'lineboundary'],
  End: ['forward', 'lineboundary'],
};

const sameRange = (a: TextRange | null, b: TextRange | null) => a === b || (a !== null && b !== null && a.start === b.start && a.end === b.end);

function firstTextNode(root: Element): Text | null {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) if ((node.textContent ?? '') !== '') return node as Text;
  return null;
}

/** Scrolls the box so the rectangle (in viewport coordinates) is inside it. */
function keepInView(box: HTMLElement, rect: DOMRect): void {
  const frame = box.getBoundingClientRect();
  if (rect.top < frame.top) box.scrollTop -= frame.top - rect.top + 8;
  else if (rect.bottom > frame.bottom) box.scrollTop += rect.bottom - frame.bottom + 8;
}

export function useTextSelection(
  boxRef: RefObject<HTMLElement | null>,
  toolsRef: RefObject<HTMLElement | null>,
  enabled: boolean,
): { selection: TextRange | null; caret: CaretBox | null; onKeyDown: (event: KeyboardEvent<HTMLElement>) => void } {
  const [selection, setSelection] = useState<TextRange | null>(null);
  const [caret, setCaret] = useState<CaretBox | null>(null);

  useEffect(() => {
    if (!enabled) return;
    // The box may come and go (no article, another article) while this listens: read it each time.
    const doc = document;
    const update = () => {
      const box = boxRef.current;
      const current = doc.getSelection();
      const range = current && current.rangeCount > 0 ? current.getRangeAt(0) : null;
      if (!box || range === null || !range.intersectsNode(box)) {
        setSelection(null);
        setCaret(null);
        return;
      }
      const next = textRangeOf(box, range);
      setSelection((previous) => (sameRange(previous, next) ? previous : next));
      if (!range.collapsed || doc.activeElement !== box) {
        setCaret(null);
        return;
      }
      const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
      const frame = box.getBoundingClientRect();
      setCaret({ top: rect.top - frame.top + box.scrollTop, left: rect.left - frame.left + box.scrollLeft, height: rect.height || 18 });
    };
    doc.addEventListener('selectionchange', update);
    update();
    return () => doc.removeEventListener('selectionchange', update);
  }, [boxRef, enabled]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const box = boxRef.current;
      const current = box?.ownerDocument.getSelection();
      if (!enabled || !box || !current) return;
      if (event.key === 'Tab' && !event.shiftKey && selection !== null) {
        const first = toolsRef.current?.querySelector<HTMLElement>('button:not([disabled])');
        if (first) {
          event.preventDefault();
          first.focus();
        }
        return;
      }
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'a') {
        event.preventDefault();
        current.selectAllChildren(box);
        return;
      }
      const move = MOVES[event.key];
      if (!move) return;
      event.preventDefault();
      if (current.rangeCount === 0 || !box.contains(current.focusNode)) {
        const first = firstTextNode(box);
        if (first === null) return;
        current.collapse(first, 0);
        // The first key puts the caret at the start; it moves from there on.
        if (!event.shiftKey) return;
      }
      const byWord = (event.ctrlKey || event.altKey) && (event.key === 'ArrowLeft' || event.key === 'ArrowRight');
      current.modify(event.shiftKey ? 'extend' : 'move', move[0], byWord ? 'word' : move[1]);
      if (current.focusNode) {
        const focus = box.ownerDocument.createRange();
        focus.setStart(current.focusNode, current.focusOffset);
        keepInView(box, focus.getBoundingClientRect());
      }
    },
    [boxRef, toolsRef, enabled, selection],
  );

  // Whatever was selected while curating means nothing once the tools are gone.
  return { selection: enabled ? selection : null, caret: enabled ? caret : null, onKeyDown };
}
