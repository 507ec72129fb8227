import { describe, expect, it } from 'vitest';
import { cursorKeyAction, edgeKeyAction } from '../../../src/timeline/keyboard';

describe('cursor keys', () => {
  it('step between events with the arrows and to the ends with Home/End', () => {
    expect(cursorKeyAction({ key: 'ArrowRight' })).toEqual({ type: 'step', to: 'next' });
    expect(cursorKeyAction({ key: 'ArrowLeft' })).toEqual({ type: 'step', to: 'previous' });
    expect(cursorKeyAction({ key: 'ArrowUp' })).toEqual({ type: 'step', to: 'next' });
    expect(cursorKeyAction({ key: 'ArrowDown' })).toEqual({ type: 'step', to: 'previous' });
    expect(cursorKeyAction({ key: 'Home' })).toEqual({ type: 'step', to: 'first' });
    expect(cursorKeyAction({ key: 'End' })).toEqual({ type: 'step', to: 'last' });
  });

  it('move by a day with Shift+arrows and by a month with PageUp (forward) and PageDown', () => {
    expect(cursorKeyAction({ key: 'ArrowRight', shiftKey: true })).toEqual({ type: 'move', unit: 'day', amount: 1 });
    expect(cursorKeyAction({ key: 'ArrowLeft', shiftKey: true })).toEqual({ type: 'move', unit: 'day', amount: -1 });
    expect(cursorKeyAction({ key: 'PageUp' })).toEqual({ type: 'move', unit: 'month', amount: 1 });
    expect(cursorKeyAction({ key: 'PageDown' })).toEqual({ type: 'move', unit: 'month', amount: -1 });
  });

  it('play or pause with Space, select with Enter, zoom with + and −', () => {
    expect(cursorKeyAction({ key: ' ' })).toEqual({ type: 'toggle-play' });
    expect(cursorKeyAction({ key: 'Enter' })).toEqual({ type: 'select-at-cursor' });
    expect(cursorKeyAction({ key: '+' })).toEqual({ type: 'zoom', direction: 'in' });
    expect(cursorKeyAction({ key: '=' })).toEqual({ type: 'zoom', direction: 'in' });
    expect(cursorKeyAction({ key: '-' })).toEqual({ type: 'zoom', direction: 'out' });
  });

  it('leave other keys and every Ctrl/Alt/Meta chord to the browser', () => {
    expect(cursorKeyAction({ key: 'a' })).toBeNull();
    expect(cursorKeyAction({ key: 'Tab' })).toBeNull();
    expect(cursorKeyAction({ key: 'ArrowRight', ctrlKey: true })).toBeNull();
    expect(cursorKeyAction({ key: 'ArrowLeft', altKey: true })).toBeNull();
    expect(cursorKeyAction({ key: ' ', metaKey: true })).toBeNull();
  });
});

describe('window edge keys', () => {
  it('move an edge by a day with arrows, a month with PageUp/PageDown, to the limits with Home/End', () => {
    expect(edgeKeyAction({ key: 'ArrowRight' })).toEqual({ type: 'move', unit: 'day', amount: 1 });
    expect(edgeKeyAction({ key: 'ArrowLeft' })).toEqual({ type: 'move', unit: 'day', amount: -1 });
    expect(edgeKeyAction({ key: 'ArrowLeft', shiftKey: true })).toEqual({ type: 'move', unit: 'day', amount: -1 });
    expect(edgeKeyAction({ key: 'PageUp' })).toEqual({ type: 'move', unit: 'month', amount: 1 });
    expect(edgeKeyAction({ key: 'PageDown' })).toEqual({ type: 'move', unit: 'month', amount: -1 });
    expect(edgeKeyAction({ key: 'Home' })).toEqual({ type: 'limit', to: 'min' });
    expect(edgeKeyAction({ key: 'End' })).toEqual({ type: 'limit', to: 'max' });
    expect(edgeKeyAction({ key: ' ' })).toBeNull();
    expect(edgeKeyAction({ key: 'ArrowRight', ctrlKey: true })).toBeNull();
  });
});
