/**
 * The dataset worker: loads one dataset off the main thread per request (see
 * `handle-dataset-request.ts`). Started by `loadDatasetOffMainThread` from this module's own
 * URL, so it stays inside a strict CSP's `worker-src 'self'`.
 */
// First, before any schema exists: zod may not probe `new Function` under a strict CSP.
import '../../domain/csp-safe-zod';
import { handleDatasetRequest } from './handle-dataset-request';
import type { DatasetRequest, DatasetResponse } from './worker-protocol';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<DatasetRequest>) => void) | null;
  postMessage: (message: DatasetResponse, transfer: Transferable[]) => void;
};

scope.onmessage = (event) => {
  void handleDatasetRequest(event.data, (response, transfer = []) => scope.postMessage(response, transfer));
};
