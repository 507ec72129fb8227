import { afterEach, describe, expect, test, vi } from 'vitest';
import { ConflictMapClient } from '../../../src/embed/client';
import type { EmbedState } from '../../../src/embed/messages';
import { FakeWindow, ListeningWindow, settle } from './fakes';

const MAP = 'https://maps.example';
const STATE: EmbedState = {
  time: 0,
  timeIso: '1970-01-01T00:00:00.000Z',
  window: null,
  playing: false,
  selectedEventId: null,
  selectedFeatureId: null,
  selectedExcerptId: null,
  selectedEventDate: null,
  visibleEventIds: [],
  visibleEventCount: 0,
  visibleEventIdsTruncated: false,
  datasetTitle: 'T',
  lang: 'en',
  digits: 'locale',
  story: null,
};

/** The map's window as the host sees it: cross-origin (reading its location throws) unless blank. */
class MapWindow extends FakeWindow {
  blank = false;
  get location(): { href: string } {
    if (this.blank) return { href: 'about:blank' };
    throw new DOMException('Blocked a frame from accessing a cross-origin frame.', 'SecurityError');
  }
}

function setup({ blank = false, timeoutMs = 1000 } = {}) {
  const host = new ListeningWindow();
  const map = new MapWindow();
  map.blank = blank;
  const iframe = new (class extends EventTarget {
    src = `${MAP}/app/?embed=1`;
    ownerDocument = { defaultView: host, baseURI: 'https://news.example/story' };
    contentWindow = map;
  })();
  const client = ConflictMapClient.connect(iframe as unknown as HTMLIFrameElement, { timeoutMs });
  /** The map posts to the host. */
  const fromMap = (data: unknown, origin = MAP, source: unknown = map) => host.deliver(data, origin, source);
  const ready = () => fromMap({ type: 'conflict-map:ready', version: 1, state: STATE });
  return { host, map, iframe, client, fromMap, ready };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('connecting', () => {
  test('ready resolves on the map\'s ready message, from the iframe at the map\'s origin only', async () => {
    const { client, fromMap, map } = setup({ blank: true });
    let resolved = false;
    void client.ready.then(() => (resolved = true));
    fromMap({ type: 'conflict-map:ready', version: 1, state: STATE }, 'https://evil.example');
    fromMap({ type: 'conflict-map:ready', version: 1, state: STATE }, MAP, new FakeWindow());
    fromMap({ type: 'conflict-map:ready', state: STATE });
    await settle();
    expect(resolved).toBe(false);
    fromMap({ type: 'conflict-map:ready', version: 1, state: { ...STATE, time: 5 } });
    expect(await client.ready).toMatchObject({ time: 5 });
    expect(client.version).toBe(1);
    expect(map.posted).toEqual([]);
  });

  test('a map already loaded is asked for its state (it may have said ready before the client existed)', async () => {
    const { client, map, fromMap } = setup();
    expect(map.posted).toHaveLength(1);
    const probe = map.posted[0]!;
    expect(probe.targetOrigin).toBe(MAP);
    const { requestId } = probe.message as { requestId: string };
    expect(probe.message).toEqual({ type: 'conflict-map:get-state', requestId });
    fromMap({ type: 'conflict-map:state', version: 1, requestId, state: { ...STATE, time: 7 } });
    expect(await client.ready).toMatchObject({ time: 7 });
  });

  test('a blank iframe is not probed until it loads', () => {
    const { map, iframe } = setup({ blank: true });
    expect(map.posted).toEqual([]);
    map.blank = false;
    iframe.dispatchEvent(new Event('load'));
    expect(map.posted.map((p) => (p.message as { type: string }).type)).toEqual(['conflict-map:get-state']);
  });
});

describe('commands', () => {
  test('wait for ready, then go to the map\'s origin, times as given', async () => {
    const { client, map, ready } = setup({ blank: true });
    client.setTime(new Date(Date.UTC(2022, 7, 23)));
    client.setTime('2022-08-24');
    client.select({ eventId: 'e1' });
    client.select(null);
    client.setWindow({ start: '2022-08-01', end: 1661990400000 });
    client.play();
    client.pause();
    await settle();
    expect(map.posted).toEqual([]);
    ready();
    await settle();
    expect(map.posted.every((p) => p.targetOrigin === MAP)).toBe(true);
    expect(map.messages()).toEqual([
      { type: 'conflict-map:set-time', time: Date.UTC(2022, 7, 23) },
      { type: 'conflict-map:set-time', time: '2022-08-24' },
      { type: 'conflict-map:select', eventId: 'e1' },
      { type: 'conflict-map:select' },
      { type: 'conflict-map:set-window', window: { start: '2022-08-01', end: 1661990400000 } },
      { type: 'conflict-map:play' },
      { type: 'conflict-map:pause' },
    ]);
  });

  test('getState matches the answer to its request id', async () => {
    const { client, map, fromMap, ready } = setup({ blank: true });
    ready();
    const first = client.getState();
    const second = client.getState();
    await settle();
    const [a, b] = map.messages().map((m) => m['requestId']);
    expect(a).not.toBe(b);
    fromMap({ type: 'conflict-map:state', version: 1, requestId: b, state: { ...STATE, time: 2 } });
    fromMap({ type: 'conflict-map:state', version: 1, requestId: a, state: { ...STATE, time: 1 } });
    expect((await first).time).toBe(1);
    expect((await second).time).toBe(2);
  });

  test('getState rejects when no answer comes in time', async () => {
    const { client, ready } = setup({ blank: true, timeoutMs: 500 });
    ready();
    vi.useFakeTimers();
    const pending = client.getState();
    const outcome = pending.then(
      () => 'resolved',
      (error: Error) => error.message,
    );
    await vi.advanceTimersByTimeAsync(600);
    expect(await outcome).toContain('no answer to get-state within 500 ms');
  });
});

describe('events', () => {
  test('change and error reach their listeners until they unsubscribe', async () => {
    const { client, fromMap, ready } = setup({ blank: true });
    ready();
    const changes: unknown[] = [];
    const errors: unknown[] = [];
    const stop = client.on('change', (event) => changes.push(event));
    client.on('error', (error) => errors.push(error.code));
    fromMap({ type: 'conflict-map:change', version: 1, changed: ['time'], state: STATE });
    fromMap({ type: 'conflict-map:error', version: 1, code: 'unknown-id', message: 'x', request: 'conflict-map:select' });
    stop();
    fromMap({ type: 'conflict-map:change', version: 1, changed: ['selection'], state: STATE });
    expect(changes).toEqual([{ changed: ['time'], state: STATE }]);
    expect(errors).toEqual(['unknown-id']);
  });

  test('a ready after a reload of the iframe is passed on', async () => {
    const { client, ready } = setup({ blank: true });
    const readies: unknown[] = [];
    client.on('ready', (state) => readies.push(state));
    ready();
    ready();
    expect(readies).toHaveLength(2);
  });
});

describe('destroy', () => {
  test('stops listening, fails what waits, and sends nothing more', async () => {
    const { client, host, map, fromMap, ready } = setup({ blank: true });
    ready();
    const pending = client.getState();
    await settle();
    const sent = map.posted.length;
    const changes: unknown[] = [];
    client.on('change', (event) => changes.push(event));
    client.destroy();
    await expect(pending).rejects.toThrow('destroyed');
    expect(host.listeners.size).toBe(0);
    client.setTime(5);
    await settle();
    expect(map.posted).toHaveLength(sent);
    fromMap({ type: 'conflict-map:change', version: 1, changed: ['time'], state: STATE });
    expect(changes).toEqual([]);
  });

  test('before ready, ready rejects (and nothing is left unhandled)', async () => {
    const { client } = setup({ blank: true });
    client.destroy();
    await expect(client.ready).rejects.toThrow('destroyed');
  });
});
