/**
 * The dataset worker's work, apart from the worker glue so it runs in tests too: read the
 * input, parse it (dataset v1 JSON as it is; GeoJSON, TimelineJS and ACLED files through the
 * importers, `data/import/`), validate it with the app's one loader, pack it for the transfer,
 * and post progress along the way and the result at the end. Never throws: every failure becomes the
 * problems of a failed load, in the loader's wording (with its codes: see ProblemCode).
 */
import type { ProblemWording } from '../../domain/loaded-dataset';
import { isDatasetV1, sniffText } from '../import/detect-format';
import { importDataset, importJsonValue } from '../import/import-dataset';
import { validateImport } from '../import/load-any-dataset';
import { validateDataset, type ValidationResult } from '../load-dataset';
import { parseJsonText } from '../parse-json-text';
import { problemAt } from '../problem-wording';
import { readInputText, sourceName } from '../read-input-text';
import { encodeDataset } from './dataset-wire-format';
import type { DatasetRequest, DatasetResponse, LoadPhase, LoadProgress, PhaseTimings } from './worker-protocol';

export type PostResponse = (response: DatasetResponse, transfer?: Transferable[]) => void;

export async function handleDatasetRequest(
  request: DatasetRequest,
  post: PostResponse,
  fetchImpl: typeof fetch = fetch,
): Promise<void> {
  const timings: PhaseTimings = { reading: 0, parsing: 0, validating: 0, indexing: 0 };
  let loaded = 0;
  let total: number | null = null;
  const progress = (): LoadProgress => (total === null ? { phase, loaded } : { phase, loaded, total });
  let phase: LoadPhase = 'reading';
  let phaseStart = performance.now();
  /** Adds the time since the phase (or the last call) began to the phase's total. */
  const clock = () => {
    const now = performance.now();
    timings[phase] += now - phaseStart;
    phaseStart = now;
  };
  const enter = (next: LoadPhase) => {
    clock();
    phase = next;
    post({ type: 'progress', progress: progress() });
  };
  const fail = (wording: ProblemWording) => {
    clock();
    post({ type: 'failed', result: { ok: false, problems: [problemAt('$', wording)] }, timings });
  };

  try {
    post({ type: 'progress', progress: progress() });
    const read = await readInputText(
      request.input,
      (bytesRead, bytesTotal) => {
        loaded = bytesRead;
        total = bytesTotal;
        post({ type: 'progress', progress: progress() });
      },
      fetchImpl,
    );
    if (!read.ok) return fail(read);

    enter('parsing');
    let text = read.text;
    const fileName = sourceName(request.input);
    // Checked, not built: the loader's objects are built once, on the page, from the columns.
    let result: ValidationResult;
    if (sniffText(text) === 'json') {
      let parsed: ReturnType<typeof parseJsonText> | null = parseJsonText(text);
      // References are dropped as soon as they are done with: at a million events each stage
      // holds a gigabyte, and the collector's time grows with what is still reachable.
      if (parsed.ok) text = '';

      enter('validating');
      // A parse failure goes through the loader too, so its message is worded like any other.
      let input: unknown = parsed.ok ? parsed.value : text;
      parsed = null;
      text = '';
      // Our own format (and broken JSON) takes the loader's path as before, untouched by the importers.
      result = typeof input === 'string' || isDatasetV1(input) ? validateDataset(input) : validateImport(importJsonValue(input, fileName));
      input = null;
    } else {
      // CSV (ACLED, TimelineJS sheets), or text in no known format: parsed and converted here.
      const imported = importDataset(text, fileName);
      text = '';
      enter('validating');
      result = validateImport(imported);
    }
    if (!result.ok) {
      clock();
      post({ type: 'failed', result, timings });
      return;
    }

    enter('indexing');
    const { wire, transfer } = encodeDataset(result.valid, request.mode);
    clock();
    post(
      {
        type: 'loaded',
        dataset: wire,
        format: result.format,
        warnings: result.warnings,
        timings,
        postedAt: performance.timeOrigin + performance.now(),
      },
      transfer,
    );
  } catch (error) {
    // Out of memory on a huge file, mostly: say what happened rather than hang.
    const detail = error instanceof Error ? error.message : String(error);
    fail({ message: `could not be loaded: the loader stopped while ${phase} (${detail})`, code: 'loaderStopped', params: { phase, error: detail } });
  }
}
