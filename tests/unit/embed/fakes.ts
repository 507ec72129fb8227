/** Fake windows for the embed unit tests: message listeners and posted messages, no DOM. */
import { createAppStore, type AppStore } from '../../../src/store/create-app-store';
import { makeDataset } from '../store/test-dataset';

export interface Posted {
  message: unknown;
  targetOrigin: string;
}

/** A window others post to: records what it was sent. */
export class FakeWindow {
  posted: Posted[] = [];
  postMessage(message: unknown, targetOrigin: string): void {
    this.posted.push({ message: structuredClone(message), targetOrigin });
  }
  /** The messages (not their target origins). */
  messages(): Record<string, unknown>[] {
    return this.posted.map((p) => p.message as Record<string, unknown>);
  }
}

/** A window that receives messages: `deliver` plays the browser's part. */
export class ListeningWindow extends FakeWindow {
  readonly listeners = new Set<(event: MessageEvent) => void>();
  addEventListener(_type: 'message', listener: (event: MessageEvent) => void): void {
    this.listeners.add(listener);
  }
  removeEventListener(_type: 'message', listener: (event: MessageEvent) => void): void {
    this.listeners.delete(listener);
  }
  deliver(data: unknown, origin: string, source: unknown): void {
    const event = { data, origin, source } as unknown as MessageEvent;
    for (const listener of [...this.listeners]) listener(event);
  }
}

/** Three events on days 3, 9 and 20 after 2020-01-01; e1 at feature f1. */
export function storeWithData(): AppStore {
  return createAppStore({
    dataset: makeDataset({
      events: [
        { id: 'e1', from: 3, featureIds: ['f1'], excerptIds: ['x1'] },
        { id: 'e2', from: 9, excerptIds: ['x2'] },
        { id: 'e3', from: 20, to: 25 },
      ],
    }),
  });
}

/** Lets pending promise callbacks run. */
export const settle = () => new Promise<void>((done) => setTimeout(done, 0));
