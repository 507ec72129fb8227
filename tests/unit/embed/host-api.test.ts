import { afterEach, describe, expect, test, vi } from 'vitest';
import '../../../src/domain/csp-safe-zod';
import { bindHostApi, type HostApiOptions } from '../../../src/embed/host-api';
import { embedStateSchema, mapMessageSchema } from '../../../src/embed/messages';
import { day } from '../store/test-dataset';
import { FakeWindow, ListeningWindow, settle, storeWithData } from './fakes';

const HOST = 'https://news.example';

function setup(options: Partial<HostApiOptions> = {}) {
  const store = storeWithData();
  const parent = new FakeWindow();
  const self = new ListeningWindow();
  let resolveReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));
  const api = bindHostApi(store, {
    allowedOrigins: [],
    parent,
    parentOrigin: HOST,
    ready,
    listenOn: self,
    changeIntervalMs: 100,
    ...options,
  });
  /** The host page posts to the map: from the parent window unless told otherwise. */
  const send = (data: unknown, origin = HOST, source: unknown = options.parent ?? parent) => self.deliver(data, origin, source);
  return { store, parent, self, api, send, ready: async () => (resolveReady(), await settle()) };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('ready', () => {
  test('announces itself to the parent once the data is in, with version and state', async () => {
    const { parent, ready } = setup();
    expect(parent.posted).toEqual([]);
    await ready();
    expect(parent.posted).toHaveLength(1);
    const [{ message, targetOrigin }] = parent.posted as [{ message: unknown; targetOrigin: string }];
    expect(targetOrigin).toBe(HOST);
    expect(mapMessageSchema.parse(message)).toMatchObject({ type: 'conflict-map:ready', version: 1 });
    const state = embedStateSchema.parse((message as { state: unknown }).state);
    expect(state.datasetTitle).toBe('Test dataset');
    expect(state.visibleEventIds).toEqual(['e1', 'e2', 'e3']);
  });

  test('commands sent before ready wait for it, then apply in order', async () => {
    const { store, send, ready, parent } = setup();
    send({ type: 'conflict-map:set-time', time: day(9) });
    send({ type: 'conflict-map:select', featureId: 'f1' });
    send({ type: 'conflict-map:get-state', requestId: 'early' });
    expect(store.getState().selected).toBeNull();
    await ready();
    expect(store.getState().time).toBe(day(9));
    expect(store.getState().selected).toEqual({ type: 'feature', id: 'f1' });
    expect(parent.messages().map((m) => m['type'])).toEqual(['conflict-map:ready', 'conflict-map:state']);
  });
});

describe('commands from an allowed host', () => {
  test('set-time, set-window, select, play and pause act on the store as the API', async () => {
    const { store, send, ready } = setup();
    await ready();
    send({ type: 'conflict-map:set-time', time: '2020-01-10' });
    expect(store.getState().time).toBe(day(9));
    expect(store.getState().lastChangeOrigin).toBe('api');
    send({ type: 'conflict-map:set-window', window: { start: day(0), end: day(10) } });
    expect(store.getState().window).toEqual({ start: day(0), end: day(10) });
    send({ type: 'conflict-map:select', eventId: 'e3' });
    expect(store.getState().selected).toEqual({ type: 'event', id: 'e3' });
    expect(store.getState().time).toBe(day(20));
    send({ type: 'conflict-map:select' });
    expect(store.getState().selected).toBeNull();
    send({ type: 'conflict-map:set-window', window: null });
    expect(store.getState().window).toBeNull();
    send({ type: 'conflict-map:play' });
    expect(store.getState().playing).toBe(true);
    send({ type: 'conflict-map:pause' });
    expect(store.getState().playing).toBe(false);
    expect(store.getState().lastChangeOrigin).toBe('api');
  });

  test('set-language switches the interface and its digits, and get-state reports them', async () => {
    const { store, send, ready, parent } = setup();
    await ready();
    send({ type: 'conflict-map:set-language', lang: 'ar' });
    expect(store.getState()).toMatchObject({ lang: 'ar', digits: 'locale', lastChangeOrigin: 'api' });
    send({ type: 'conflict-map:set-language', lang: 'ar', digits: 'latin' });
    expect(store.getState().digits).toBe('latin');
    send({ type: 'conflict-map:set-language', lang: 'fr' });
    expect(store.getState().lang).toBe('ar');
    send({ type: 'conflict-map:get-state', requestId: 7 });
    const message = mapMessageSchema.parse(parent.posted.at(-1)!.message);
    expect(message).toMatchObject({ type: 'conflict-map:state', state: { lang: 'ar', digits: 'latin' } });
  });

  test('get-state answers the asking window at its origin, echoing the request id', async () => {
    const { store, send, ready, parent } = setup();
    await ready();
    store.getState().select({ type: 'event', id: 'e2' }, 'list');
    send({ type: 'conflict-map:get-state', requestId: 42 });
    const answer = parent.posted.at(-1)!;
    expect(answer.targetOrigin).toBe(HOST);
    const message = mapMessageSchema.parse(answer.message);
    expect(message).toMatchObject({
      type: 'conflict-map:state',
      requestId: 42,
      state: { selectedEventId: 'e2', selectedFeatureId: null, time: day(9), timeIso: '2020-01-10T00:00:00.000Z' },
    });
  });

  test('an unknown id and an empty window are answered with errors; nothing changes', async () => {
    const { store, send, ready, parent } = setup();
    await ready();
    store.getState().select({ type: 'event', id: 'e1' }, 'list');
    send({ type: 'conflict-map:select', eventId: 'nope', requestId: 'r1' });
    send({ type: 'conflict-map:select', featureId: 'nowhere' });
    send({ type: 'conflict-map:set-window', window: { start: day(5), end: day(5) }, requestId: 'r2' });
    const errors = parent.messages().slice(1).map((m) => mapMessageSchema.parse(m));
    expect(errors).toMatchObject([
      { type: 'conflict-map:error', code: 'unknown-id', request: 'conflict-map:select', requestId: 'r1' },
      { type: 'conflict-map:error', code: 'unknown-id', request: 'conflict-map:select' },
      { type: 'conflict-map:error', code: 'invalid-value', request: 'conflict-map:set-window', requestId: 'r2' },
    ]);
    expect(errors[0]).toMatchObject({ message: expect.stringContaining('"nope"') });
    expect('requestId' in errors[1]!).toBe(false);
    expect(store.getState().selected).toEqual({ type: 'event', id: 'e1' });
  });

  test('malformed messages and other libraries\' messages are ignored, never thrown on', async () => {
    const { store, send, ready, parent } = setup();
    await ready();
    const time = store.getState().time;
    for (const junk of [
      null,
      undefined,
      'conflict-map:play',
      { type: 'conflict-map:set-time', time: 'soon' },
      { type: 'conflict-map:select', eventId: 1 },
      { type: 'conflict-map:get-state' },
      { type: 'conflict-map:nope' },
      { type: 'webpackOk' },
      Object.create(null),
    ]) {
      expect(() => send(junk)).not.toThrow();
    }
    expect(store.getState().time).toBe(time);
    expect(parent.posted).toHaveLength(1);
  });
});

describe('who may talk to the map', () => {
  test('without allowedOrigins: only the parent window at the parent origin', async () => {
    const { store, send, ready } = setup();
    await ready();
    send({ type: 'conflict-map:set-time', time: day(1) }, 'https://evil.example');
    send({ type: 'conflict-map:set-time', time: day(2) }, HOST, new FakeWindow()); // a sibling frame on the host's origin
    expect(store.getState().time).not.toBe(day(1));
    expect(store.getState().time).not.toBe(day(2));
    send({ type: 'conflict-map:set-time', time: day(3) });
    expect(store.getState().time).toBe(day(3));
  });

  test('without allowedOrigins and an unknown parent origin: no commands; events go to "*"', async () => {
    const { store, send, ready, parent } = setup({ parentOrigin: null });
    await ready();
    expect(parent.posted[0]!.targetOrigin).toBe('*');
    send({ type: 'conflict-map:set-time', time: day(3) }, HOST);
    send({ type: 'conflict-map:set-time', time: day(3) }, 'null');
    expect(store.getState().time).not.toBe(day(3));
  });

  test('with allowedOrigins: listed origins from any window; others ignored', async () => {
    const { store, send, ready, parent } = setup({ allowedOrigins: ['https://a.example', HOST], parentOrigin: HOST });
    await ready();
    expect(parent.posted.map((p) => p.targetOrigin)).toEqual([HOST]);
    send({ type: 'conflict-map:set-time', time: day(4) }, 'https://evil.example');
    expect(store.getState().time).not.toBe(day(4));
    const nested = new FakeWindow();
    send({ type: 'conflict-map:get-state', requestId: 'n' }, 'https://a.example', nested);
    expect(nested.posted).toHaveLength(1);
    expect(nested.posted[0]!.targetOrigin).toBe('https://a.example');
  });

  test('a parent whose origin is not listed hears nothing, and cannot command', async () => {
    const { store, send, ready, parent } = setup({ allowedOrigins: ['https://a.example'], parentOrigin: 'https://evil.example' });
    await ready();
    expect(parent.posted).toEqual([]);
    send({ type: 'conflict-map:set-time', time: day(4) }, 'https://evil.example');
    expect(store.getState().time).not.toBe(day(4));
  });

  test('with allowedOrigins and an unknown parent origin, events are addressed to each listed origin', async () => {
    const { ready, parent } = setup({ allowedOrigins: ['https://a.example', 'https://b.example'], parentOrigin: null });
    await ready();
    expect(parent.posted.map((p) => p.targetOrigin)).toEqual(['https://a.example', 'https://b.example']);
  });

  test('destroy stops listening', async () => {
    const { store, send, ready, api, self } = setup();
    await ready();
    api.destroy();
    expect(self.listeners.size).toBe(0);
    send({ type: 'conflict-map:set-time', time: day(6) });
    expect(store.getState().time).not.toBe(day(6));
  });
});

describe('change', () => {
  test('the reader\'s changes are reported, coalesced; the host\'s own are not', async () => {
    const { store, ready, parent, send } = setup();
    await ready();
    vi.useFakeTimers();
    send({ type: 'conflict-map:set-time', time: day(2) });
    vi.advanceTimersByTime(500);
    expect(parent.posted).toHaveLength(1);

    for (let i = 0; i < 50; i++) store.getState().setTime(day(3) + i * 1000, 'timeline');
    store.getState().select({ type: 'feature', id: 'f1' }, 'map');
    vi.advanceTimersByTime(0);
    const changes = parent.messages().slice(1).map((m) => mapMessageSchema.parse(m));
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      type: 'conflict-map:change',
      changed: ['time', 'selection'],
      state: { time: day(3) + 49_000, selectedFeatureId: 'f1' },
    });
    expect(parent.posted.at(-1)!.targetOrigin).toBe(HOST);
  });
});
