/**
 * The timeline's keys, as data: which action a key press on the cursor slider or on a window
 * edge asks for. Pure (no store, no DOM), so the mapping is tested on its own; presses with
 * Ctrl, Alt or Meta are left to the browser and the screen reader. The same in every language
 * (see `LATER_KEYS`).
 */

/**
 * Which way the keys move time, decided for both languages alike: the time axis runs left to
 * right (earlier on the left) in the Arabic interface too — it is a chart's axis, shared by the
 * histogram, the window's handles and the map, and its dates are written with digits read left
 * to right — so the arrows follow what the eye sees: ArrowRight is always later and ArrowLeft
 * earlier, never swapped by the page's `dir`. ArrowUp and PageUp are later too, as on any ARIA
 * slider.
 */
const LATER_KEYS: ReadonlySet<string> = new Set(['ArrowRight', 'ArrowUp']);
const EARLIER_KEYS: ReadonlySet<string> = new Set(['ArrowLeft', 'ArrowDown']);

export interface KeyPress {
  readonly key: string;
  readonly shiftKey?: boolean;
  readonly ctrlKey?: boolean;
  readonly altKey?: boolean;
  readonly metaKey?: boolean;
}

export type TimeUnit = 'day' | 'month';

export type CursorKeyAction =
  | { readonly type: 'step'; readonly to: 'next' | 'previous' | 'first' | 'last' }
  | { readonly type: 'move'; readonly unit: TimeUnit; readonly amount: 1 | -1 }
  | { readonly type: 'toggle-play' }
  | { readonly type: 'select-at-cursor' }
  | { readonly type: 'zoom'; readonly direction: 'in' | 'out' };

export type EdgeKeyAction =
  | { readonly type: 'move'; readonly unit: TimeUnit; readonly amount: 1 | -1 }
  | { readonly type: 'limit'; readonly to: 'min' | 'max' };

function modified(press: KeyPress): boolean {
  return Boolean(press.ctrlKey || press.altKey || press.metaKey);
}

/**
 * Cursor: arrows step between events (Shift+arrows by a day), PageUp/PageDown by a month
 * (PageUp forward, as on any ARIA slider), Home/End to the first/last event, Space plays or
 * pauses, Enter selects the event at the cursor, +/− zoom.
 */
export function cursorKeyAction(press: KeyPress): CursorKeyAction | null {
  if (modified(press)) return null;
  const forward = LATER_KEYS.has(press.key);
  const backward = EARLIER_KEYS.has(press.key);
  if (forward || backward) {
    if (press.shiftKey) return { type: 'move', unit: 'day', amount: forward ? 1 : -1 };
    return { type: 'step', to: forward ? 'next' : 'previous' };
  }
  switch (press.key) {
    case 'PageUp':
      return { type: 'move', unit: 'month', amount: 1 };
    case 'PageDown':
      return { type: 'move', unit: 'month', amount: -1 };
    case 'Home':
      return { type: 'step', to: 'first' };
    case 'End':
      return { type: 'step', to: 'last' };
    case ' ':
    case 'Spacebar':
      return { type: 'toggle-play' };
    case 'Enter':
      return { type: 'select-at-cursor' };
    case '+':
    case '=':
      return { type: 'zoom', direction: 'in' };
    case '-':
    case '_':
      return { type: 'zoom', direction: 'out' };
    default:
      return null;
  }
}

/** Window edges: arrows by a day, PageUp/PageDown by a month, Home/End to the limits. */
export function edgeKeyAction(press: KeyPress): EdgeKeyAction | null {
  if (modified(press)) return null;
  if (LATER_KEYS.has(press.key)) return { type: 'move', unit: 'day', amount: 1 };
  if (EARLIER_KEYS.has(press.key)) return { type: 'move', unit: 'day', amount: -1 };
  switch (press.key) {
    case 'PageUp':
      return { type: 'move', unit: 'month', amount: 1 };
    case 'PageDown':
      return { type: 'move', unit: 'month', amount: -1 };
    case 'Home':
      return { type: 'limit', to: 'min' };
    case 'End':
      return { type: 'limit', to: 'max' };
    default:
      return null;
  }
}
