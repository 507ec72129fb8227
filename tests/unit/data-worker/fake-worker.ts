/** An in-process stand-in for the dataset worker: the real handler behind a Worker-like face. */
import { handleDatasetRequest } from '../../../src/data/worker/handle-dataset-request';
import type { WorkerLike } from '../../../src/data/worker/load-dataset-off-main-thread';
import type { DatasetRequest, DatasetResponse } from '../../../src/data/worker/worker-protocol';

export interface FakeWorker extends WorkerLike {
  terminated: boolean;
  requests: DatasetRequest[];
  /** Makes the worker report an error event (before or after it answered anything). */
  crash(): void;
}

export function makeFakeWorker(fetchImpl?: typeof fetch): FakeWorker {
  const listeners: Record<string, ((event: never) => void)[]> = { message: [], error: [], messageerror: [] };
  const emit = (type: string, event: unknown) => listeners[type]!.forEach((listener) => listener(event as never));
  const worker: FakeWorker = {
    terminated: false,
    requests: [],
    postMessage(message) {
      worker.requests.push(message);
      // Messages cross a real structured clone, transfers included, as between threads.
      const request = structuredClone(message);
      void handleDatasetRequest(
        request,
        (response: DatasetResponse, transfer?: Transferable[]) => {
          const data = structuredClone(response, { transfer: (transfer ?? []) as Transferable[] });
          setTimeout(() => {
            if (!worker.terminated) emit('message', { data });
          }, 0);
        },
        fetchImpl,
      );
    },
    terminate() {
      worker.terminated = true;
    },
    addEventListener(type: string, listener: (event: never) => void) {
      listeners[type]!.push(listener);
    },
    crash() {
      emit('error', new Event('error'));
    },
  };
  return worker;
}
