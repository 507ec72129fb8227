/**
 * A typed client for host pages that embed the map in an iframe: it speaks the
 * `conflict-map:*` postMessage API (docs/embed.md) so the page does not have to.
 *
 * ```js
 * import { ConflictMapClient } from 'https://maps.example.org/embed/client.js';
 * const map = ConflictMapClient.connect(document.querySelector('iframe'));
 * await map.ready;
 * map.setTime('2022-08-23');
 * map.on('change', ({ changed, state }) => console.log(changed, state.selectedEventId));
 * ```
 *
 * The build emits it as `embed/client.js`, a self-contained ES module: it imports only types,
 * so no zod and nothing of the app ride along. It trusts messages only from the iframe's
 * window and the map's origin.
 */
import type { EmbedState, ErrorMessage, HostMessage, MapMessage, RequestId, StoryStepMessage } from './messages';
import type { ChangedField } from './watch-user-changes';

export type { ChangedField, EmbedState, ErrorMessage };

/** Epoch milliseconds (UTC), an ISO 8601 string (`2022-08-23`, `2022-08-23T10:00Z`), or a Date. */
export type TimeInput = number | string | Date;

export type SelectTarget = { eventId: string } | { featureId: string } | { excerptId: string } | null;

export interface ConnectOptions {
  /** The map's origin; by default the origin of the iframe's `src`. */
  origin?: string;
  /** How long `getState()` waits for the answer, in ms. */
  timeoutMs?: number;
}

export interface ChangeEvent {
  /** What the reader changed since the previous change event. */
  changed: ChangedField[];
  state: EmbedState;
}

export interface ClientEvents {
  /** The map is ready (again, after the iframe reloaded). */
  ready: EmbedState;
  /** The reader changed the time, window, selection or playback. */
  change: ChangeEvent;
  /** The map refused a command (an unknown id, an empty window). */
  error: ErrorMessage;
  /** A story moved to another step (1-based), or was left (`story` null). */
  storyStep: Pick<StoryStepMessage, 'story' | 'title'>;
}

type Listener<K extends keyof ClientEvents> = (event: ClientEvents[K]) => void;

interface PendingRequest {
  resolve: (state: EmbedState) => void;
  reject: (error: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

const DEFAULT_TIMEOUT_MS = 5000;
/** Request ids of the client's own "are you there?" probes. */
const PROBE_PREFIX = 'cm-probe-';

function isMapMessage(data: unknown): data is MapMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { type, version } = data as { type?: unknown; version?: unknown };
  return typeof type === 'string' && type.startsWith('conflict-map:') && typeof version === 'number';
}

function toTime(time: TimeInput): number | string {
  return time instanceof Date ? time.getTime() : time;
}

export class ConflictMapClient {
  /** Resolves with the map's state once it is ready; rejects if the client is destroyed first. */
  readonly ready: Promise<EmbedState>;
  /** The API version the map speaks, once ready. */
  version: number | null = null;

  readonly #iframe: HTMLIFrameElement;
  readonly #origin: string;
  readonly #timeoutMs: number;
  readonly #host: Window;
  readonly #listeners: { [K in keyof ClientEvents]: Set<Listener<K>> } = {
    ready: new Set(),
    change: new Set(),
    error: new Set(),
    storyStep: new Set(),
  };
  readonly #pending = new Map<RequestId, PendingRequest>();
  #nextId = 1;
  #isReady = false;
  #destroyed = false;
  #resolveReady: (state: EmbedState) => void = () => {};
  #rejectReady: (error: Error) => void = () => {};

  /** Starts talking to the map in `iframe` (whose `src` is the map's `?embed=1` URL). */
  static connect(iframe: HTMLIFrameElement, options: ConnectOptions = {}): ConflictMapClient {
    return new ConflictMapClient(iframe, options);
  }

  constructor(iframe: HTMLIFrameElement, options: ConnectOptions = {}) {
    this.#iframe = iframe;
    this.#host = iframe.ownerDocument.defaultView ?? window;
    this.#origin = options.origin ?? new URL(iframe.src, iframe.ownerDocument.baseURI).origin;
    this.#timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.ready = new Promise<EmbedState>((resolve, reject) => {
      this.#resolveReady = resolve;
      this.#rejectReady = reject;
    });
    // A client destroyed before the map was ready must not leave an unhandled rejection.
    this.ready.catch(() => {});
    this.#host.addEventListener('message', this.#onMessage);
    iframe.addEventListener('load', this.#onLoad);
    // The map may have loaded (and said `ready`) before this client existed: ask it.
    if (this.#mapMayBeLoaded()) this.#probe();
  }

  /** Moves the time cursor. */
  setTime(time: TimeInput): void {
    this.#send({ type: 'conflict-map:set-time', time: toTime(time) });
  }

  /** Sets the visible range [start, end); null switches to cursor mode. */
  setWindow(window: { start: TimeInput; end: TimeInput } | null): void {
    this.#send({
      type: 'conflict-map:set-window',
      window: window === null ? null : { start: toTime(window.start), end: toTime(window.end) },
    });
  }

  /** Selects an event, a feature (place) or an excerpt by id; null clears the selection. */
  select(target: SelectTarget): void {
    this.#send({ type: 'conflict-map:select', ...(target ?? {}) });
  }

  play(): void {
    this.#send({ type: 'conflict-map:play' });
  }

  pause(): void {
    this.#send({ type: 'conflict-map:pause' });
  }

  /** Sets the interface's language (and the map's label order); `digits: 'latin'` writes 0–9 in Arabic. */
  setLanguage(lang: 'en' | 'ar', digits?: 'locale' | 'latin'): void {
    this.#send({ type: 'conflict-map:set-language', lang, ...(digits === undefined ? {} : { digits }) });
  }

  /** Plays a story of the dataset from `step` (1-based); without `storyId`, moves within the story being played. */
  goToStep(step: number, storyId?: string): void {
    this.#send({ type: 'conflict-map:go-to-step', step, ...(storyId === undefined ? {} : { storyId }) });
  }

  /** The map's state now; rejects after `timeoutMs` without an answer. */
  getState(): Promise<EmbedState> {
    if (this.#destroyed) return Promise.reject(new Error('conflict-map: the client was destroyed'));
    return this.ready.then(() => this.#request(`cm-${this.#nextId++}`));
  }

  /** Listens for an event; returns the function that stops listening. */
  on<K extends keyof ClientEvents>(type: K, listener: Listener<K>): () => void {
    const listeners = this.#listeners[type] as Set<Listener<K>>;
    listeners.add(listener);
    return () => listeners.delete(listener);
  }

  /** Stops listening, drops listeners and fails the requests still waiting. */
  destroy(): void {
    if (this.#destroyed) return;
    this.#destroyed = true;
    this.#host.removeEventListener('message', this.#onMessage);
    this.#iframe.removeEventListener('load', this.#onLoad);
    for (const [id, request] of this.#pending) {
      clearTimeout(request.timer);
      if (!String(id).startsWith(PROBE_PREFIX)) request.reject(new Error('conflict-map: the client was destroyed'));
    }
    this.#pending.clear();
    for (const listeners of Object.values(this.#listeners)) listeners.clear();
    if (!this.#isReady) this.#rejectReady(new Error('conflict-map: the client was destroyed'));
  }

  /** Commands wait for `ready`: before it, the map's page may not exist to receive them. */
  #send(message: HostMessage): void {
    if (this.#destroyed) return;
    void this.ready.then(() => this.#post(message), () => {});
  }

  #post(message: HostMessage): void {
    if (this.#destroyed) return;
    this.#iframe.contentWindow?.postMessage(message, this.#origin);
  }

  #request(requestId: string): Promise<EmbedState> {
    return new Promise<EmbedState>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending.delete(requestId);
        reject(new Error(`conflict-map: no answer to get-state within ${this.#timeoutMs} ms`));
      }, this.#timeoutMs);
      this.#pending.set(requestId, { resolve, reject, timer });
      this.#post({ type: 'conflict-map:get-state', requestId });
    });
  }

  /** Asks for the state outside the ready queue; an answer means the map is there. */
  #probe(): void {
    if (this.#isReady || this.#destroyed) return;
    this.#request(`${PROBE_PREFIX}${this.#nextId++}`).catch(() => {});
  }

  /** False while the iframe still shows its first, empty document (a message would be lost). */
  #mapMayBeLoaded(): boolean {
    const frame = this.#iframe.contentWindow;
    if (frame === null) return false;
    try {
      return frame.location.href !== 'about:blank';
    } catch {
      // Reading another origin's location throws: a page from elsewhere (the map) is there.
      return true;
    }
  }

  readonly #onLoad = () => this.#probe();

  readonly #onMessage = (event: MessageEvent) => {
    if (this.#destroyed || event.source !== this.#iframe.contentWindow || event.origin !== this.#origin) return;
    const message: unknown = event.data;
    if (!isMapMessage(message)) return;
    switch (message.type) {
      case 'conflict-map:ready':
        // After a reload of the iframe the map says `ready` again: pass that on.
        if (this.#isReady) this.#emit('ready', message.state);
        else this.#becomeReady(message.version, message.state);
        return;
      case 'conflict-map:state': {
        this.#becomeReady(message.version, message.state);
        const request = this.#pending.get(message.requestId);
        if (request === undefined) return;
        this.#pending.delete(message.requestId);
        clearTimeout(request.timer);
        request.resolve(message.state);
        return;
      }
      case 'conflict-map:change':
        this.#emit('change', { changed: message.changed, state: message.state });
        return;
      case 'conflict-map:story-step':
        this.#emit('storyStep', { story: message.story, title: message.title });
        return;
      case 'conflict-map:error': {
        const request = message.requestId === undefined ? undefined : this.#pending.get(message.requestId);
        if (request !== undefined && message.requestId !== undefined) {
          this.#pending.delete(message.requestId);
          clearTimeout(request.timer);
          request.reject(new Error(`conflict-map: ${message.message}`));
        }
        this.#emit('error', message);
        return;
      }
    }
  };

  #becomeReady(version: number, state: EmbedState): void {
    this.version = version;
    if (this.#isReady) return;
    this.#isReady = true;
    this.#iframe.removeEventListener('load', this.#onLoad);
    this.#resolveReady(state);
    this.#emit('ready', state);
  }

  #emit<K extends keyof ClientEvents>(type: K, event: ClientEvents[K]): void {
    for (const listener of [...(this.#listeners[type] as Set<Listener<K>>)]) {
      try {
        listener(event);
      } catch (error) {
        // One failing listener must not silence the others; report it where a host dev looks.
        setTimeout(() => {
          throw error;
        });
      }
    }
  }
}
