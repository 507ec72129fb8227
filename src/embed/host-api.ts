/**
 * The embed's side of the host-page API (see docs/embed.md): listens for `conflict-map:*`
 * commands from the host page and answers them, announces `ready` once the dataset is in,
 * and reports the reader's changes as coalesced `change` messages.
 *
 * Who may talk to the map:
 * - With `allowedOrigins`, exactly those origins may send commands, from any window (a host
 *   may drive the map from a nested frame); events go to the parent only if its origin is
 *   listed.
 * - Without it, only the parent window may, and only while its origin is known (from
 *   `location.ancestorOrigins` or the referrer); events go to that origin. When the parent's
 *   origin cannot be known, commands are refused, and `ready`/`change` are posted to the
 *   parent with target origin '*': they only describe the view the embedder chose itself.
 *
 * Anything else — other origins, other windows, malformed messages, other libraries'
 * messages — is ignored without a word (and never throws). A well-formed command that
 * names an unknown id, or an empty window, is answered with `conflict-map:error`.
 */
import type { AppStore } from '../store/create-app-store';
import type { EntityRef } from '../store/slices/selection-slice';
import { makeDescribeEmbedState, storyOf } from './describe-embed-state';
import {
  EMBED_API_VERSION,
  hostMessageSchema,
  isConflictMapMessage,
  type ErrorCode,
  type MapMessage,
  type ParsedHostMessage,
  type RequestId,
} from './messages';
import { DEFAULT_CHANGE_INTERVAL_MS, watchUserChanges, type ChangedField } from './watch-user-changes';
import { findStory } from '../store/slices/story-slice';

/** A window (or anything with its `postMessage`) that messages are posted to. */
export interface MessageTarget {
  postMessage(message: unknown, targetOrigin: string): void;
}

/** Where messages arrive: the embed's own window. */
export interface MessageSource {
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

export interface HostApiOptions {
  /** Exact origins allowed to command the map (parsed by `parseAllowedOrigins`); empty: the parent only. */
  allowedOrigins: readonly string[];
  /** The embedding window (`window.parent`), or null when the page is not framed. */
  parent: MessageTarget | null;
  /** The parent's origin when known (`findParentOrigin`). */
  parentOrigin: string | null;
  /** Resolves once the dataset is loaded and the initial view applied; commands wait for it. */
  ready: Promise<unknown>;
  /** Where to listen; the embed's `window`. */
  listenOn: MessageSource;
  /** Shortest time between two `change` messages. */
  changeIntervalMs?: number;
}

export interface HostApi {
  destroy(): void;
}

interface Incoming {
  message: ParsedHostMessage;
  reply: (message: MapMessage) => void;
}

/** Commands that arrive before `ready` wait; a host flooding the map before then loses the excess. */
const MAX_QUEUED = 100;

export function bindHostApi(store: AppStore, options: HostApiOptions): HostApi {
  const allowed = new Set(options.allowedOrigins);
  const { parent, parentOrigin } = options;
  const describe = makeDescribeEmbedState();
  let destroyed = false;
  let ready = false;
  const queue: Incoming[] = [];
  let stopWatching: () => void = () => {};

  const eventOrigins = targetOriginsForEvents(allowed, parent === null ? null : parentOrigin);

  const postEvent = (message: MapMessage) => {
    if (parent === null) return;
    for (const origin of eventOrigins) {
      try {
        parent.postMessage(message, origin);
      } catch {
        // A detached or closed parent: nobody is listening.
      }
    }
  };

  const accepts = (event: MessageEvent): boolean => {
    if (allowed.size > 0) return allowed.has(event.origin);
    return parentOrigin !== null && event.source === parent && event.origin === parentOrigin;
  };

  const error = (incoming: Incoming, code: ErrorCode, message: string) =>
    incoming.reply({
      type: 'conflict-map:error',
      version: EMBED_API_VERSION,
      code,
      message,
      request: incoming.message.type,
      ...(incoming.message.requestId === undefined ? {} : { requestId: incoming.message.requestId }),
    });

  const handle = (incoming: Incoming): void => {
    const actions = store.getState();
    const { message } = incoming;
    switch (message.type) {
      case 'conflict-map:set-time':
        actions.setTime(message.time, 'api');
        return;
      case 'conflict-map:set-window':
        if (!actions.setWindow(message.window, 'api')) {
          error(incoming, 'invalid-value', 'The window must end after it starts.');
        }
        return;
      case 'conflict-map:select': {
        const ref = selectionOf(message);
        if (!actions.select(ref, 'api') && ref !== null) {
          error(incoming, 'unknown-id', `This dataset has no ${ref.type} with the id "${ref.id}".`);
        }
        return;
      }
      case 'conflict-map:play':
        if (!actions.play('api')) error(incoming, 'invalid-value', 'There is nothing to play: no dataset is loaded.');
        return;
      case 'conflict-map:pause':
        actions.pause('api');
        return;
      case 'conflict-map:set-language':
        actions.setLang(message.lang, 'api');
        if (message.digits !== undefined) actions.setDigits(message.digits, 'api');
        return;
      case 'conflict-map:go-to-step': {
        const id = message.storyId ?? actions.story?.id;
        if (id === undefined) error(incoming, 'invalid-value', 'No story is playing: name one with storyId.');
        else if (!actions.playStory(id, message.step - 1, 'api')) error(incoming, 'unknown-id', `This dataset has no story with the id "${id}".`);
        return;
      }
      case 'conflict-map:get-state':
        incoming.reply(stateMessage(message.requestId));
        return;
    }
  };

  const stateMessage = (requestId: RequestId): MapMessage => ({
    type: 'conflict-map:state',
    version: EMBED_API_VERSION,
    requestId,
    state: describe(store.getState()),
  });

  const onMessage = (event: MessageEvent) => {
    if (destroyed || !isConflictMapMessage(event.data) || !accepts(event)) return;
    const parsed = hostMessageSchema.safeParse(event.data);
    if (!parsed.success) return;
    const source = event.source as MessageTarget | null;
    const replyTarget = source ?? parent;
    const origin = event.origin;
    const incoming: Incoming = {
      message: parsed.data,
      reply: (message) => {
        try {
          replyTarget?.postMessage(message, origin);
        } catch {
          // The asking window went away.
        }
      },
    };
    if (!ready) {
      if (queue.length < MAX_QUEUED) queue.push(incoming);
      return;
    }
    handle(incoming);
  };

  options.listenOn.addEventListener('message', onMessage);

  const start = () => {
    if (destroyed) return;
    ready = true;
    postEvent({ type: 'conflict-map:ready', version: EMBED_API_VERSION, state: describe(store.getState()) });
    for (const incoming of queue.splice(0)) handle(incoming);
    const stopChanges = watchUserChanges(
      store,
      (changed: ChangedField[]) =>
        postEvent({ type: 'conflict-map:change', version: EMBED_API_VERSION, changed, state: describe(store.getState()) }),
      options.changeIntervalMs ?? DEFAULT_CHANGE_INTERVAL_MS,
    );
    // Every move of a story, whoever made it: a host page may keep its own text in step.
    const stopStory = store.subscribe(
      (s) => s.story,
      () => {
        const state = store.getState();
        const story = storyOf(state);
        const step = story === null ? undefined : findStory(state, story.id)?.steps[story.step - 1];
        postEvent({ type: 'conflict-map:story-step', version: EMBED_API_VERSION, story, title: step?.title ?? null });
      },
    );
    stopWatching = () => {
      stopChanges();
      stopStory();
    };
  };
  // A failed start still leaves a map to talk to (the problems panel says what went wrong).
  void options.ready.then(start, start);

  return {
    destroy: () => {
      destroyed = true;
      queue.length = 0;
      stopWatching();
      options.listenOn.removeEventListener('message', onMessage);
    },
  };
}

/**
 * Where `ready` and `change` go. With an allow-list and a known parent: the parent's origin if
 * listed, else nowhere. With an allow-list and an unknown parent: each listed origin (the
 * browser delivers only to the one that matches). Without a list: the parent's origin, or
 * '*' when it cannot be known.
 */
function targetOriginsForEvents(allowed: ReadonlySet<string>, parentOrigin: string | null): string[] {
  if (allowed.size === 0) return [parentOrigin ?? '*'];
  if (parentOrigin !== null) return allowed.has(parentOrigin) ? [parentOrigin] : [];
  return [...allowed];
}

function selectionOf(message: { eventId?: string; featureId?: string; excerptId?: string }): EntityRef | null {
  if (message.eventId !== undefined) return { type: 'event', id: message.eventId };
  if (message.featureId !== undefined) return { type: 'feature', id: message.featureId };
  if (message.excerptId !== undefined) return { type: 'excerpt', id: message.excerptId };
  return null;
}
