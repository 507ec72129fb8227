/**
 * The benchmark's outputs: the table printed at the end of a run, and the JSON written to
 * tests/bench/results.json (one row per dataset size, then the filtering methods and the
 * loading modes compared).
 */
import type { AppResult, MethodResult } from './measure-app';
import type { LoadingResult } from './measure-loading';
import type { ScriptBytes, StartupResult } from './measure-startup';
import { round } from './stats';

export interface BenchResults {
  generatedAt: string;
  machine: { cpus: number; loadAverage: { atStart: number; atEnd: number }; chromium: string; renderer: string; viewport: string };
  notes: string[];
  rows: Record<string, unknown>[];
  targets: Record<string, unknown>;
  methods: Record<string, unknown>[];
  loading: Record<string, unknown>[];
  /** The ACLED import row, or null when the run skipped it. */
  import: Record<string, unknown> | null;
  /** Start-up and switches, or null when the run skipped them. */
  startup: StartupReport | null;
}

/** The start-up targets: first idle within 1.3× the bare page, 350 KB of initial JS, switches free. */
export const STARTUP_TARGETS = { firstIdleRatio: 1.3, initialJsGzipKB: 350, switchRequests: 0, switchFrames: 2 } as const;

export interface StartupReport {
  firstIdle: Record<string, unknown>;
  initialJs: Record<string, unknown>[];
  switches: Record<string, unknown>[];
}

const kb = (bytes: number) => round(bytes / 1024);

function initialJsRowOf(entry: string, scripts: ScriptBytes): Record<string, unknown> {
  return {
    entry,
    files: scripts.files,
    kB: kb(scripts.bytes),
    gzipKB: kb(scripts.gzipBytes),
    workerFiles: scripts.workerFiles,
    workerGzipKB: kb(scripts.workerGzipBytes),
    totalGzipKB: kb(scripts.gzipBytes + scripts.workerGzipBytes),
    // The page's own thread is what the target counts: workers do not hold up the first view's script.
    ok: scripts.gzipBytes / 1024 <= STARTUP_TARGETS.initialJsGzipKB,
    scripts: scripts.scripts.map((s) => ({ ...s, gzipKB: kb(s.gzipBytes) })),
  };
}

export function startupOf(result: StartupResult): StartupReport {
  return {
    firstIdle: {
      firstIdleMs: round(result.firstIdleMs),
      bareFirstIdleMs: round(result.bareFirstIdleMs),
      ratio: round(result.ratio),
      ratioOk: result.ratio <= STARTUP_TARGETS.firstIdleRatio,
      programs: result.programs,
      barePrograms: result.barePrograms,
      runs: result.runs,
      datasetMs: round(result.datasetMs),
      firstIdleRunsMs: result.firstIdleRunsMs.map(round),
      bareFirstIdleRunsMs: result.bareFirstIdleRunsMs.map(round),
      canvas: `${result.canvas.width}×${result.canvas.height}`,
    },
    initialJs: [initialJsRowOf('page', result.page), initialJsRowOf('element', result.element)],
    switches: result.switches.map((s) => ({
      kind: s.kind,
      switches: s.switches,
      requests: s.requests,
      frames: s.frames,
      workerMessages: s.workerMessages,
      switchMs: round(s.switchMs),
      repaintMs: round(s.repaintMs),
      ratio: round(s.ratio),
      ok: s.requests <= STARTUP_TARGETS.switchRequests && s.frames <= STARTUP_TARGETS.switchFrames,
    })),
  };
}

/** One row per size: the app's own scrub through the store (the path a user drives). */
export function rowOf(result: AppResult): Record<string, unknown> {
  const app = result.app;
  return {
    events: result.events,
    eventsInWindow: result.window.count,
    visibleEvents: app?.visibleEvents ?? null,
    visibleMarks: app?.visibleMarks ?? null,
    submittedMarks: app?.submittedMarks ?? null,
    scrubStepMs: round(app?.scrubStepMs ?? NaN),
    scrubStepP95Ms: round(app?.scrubStepP95Ms ?? NaN),
    repaintMs: round(app?.repaintMs ?? NaN),
    repaintP95Ms: round(app?.repaintP95Ms ?? NaN),
    repaintWithoutMarksMs: round(result.repaintWithoutMarksMs),
    ratio: round(app?.ratio ?? NaN),
    scriptMsPerStep: round(app?.scriptMsPerStep ?? NaN),
    frameScriptMsPerStep: round(app?.frameScriptMsPerStep ?? NaN),
    frameScriptMsPerRepaint: round(app?.frameScriptMsPerRepaint ?? NaN),
    reactCommitsPerStep: round(app?.reactCommitsPerStep ?? NaN),
    mapComponentRendersPerStep: round(app?.mapComponentRendersPerStep ?? NaN),
    gpuUploadBytesPerStep: round(app?.gpuUploadBytesPerStep ?? NaN),
    gpuUploadBytesPerRepaint: round(app?.gpuUploadBytesPerRepaint ?? NaN),
    eventLayerUploadBytesPerStep: round(app?.eventLayerUploadBytesPerStep ?? NaN),
    workerMessagesPerStep: round(app?.workerMessagesPerStep ?? NaN),
    framesPerStep: round(app?.framesPerStep ?? NaN),
    longTasksPerStep: round(app?.longTasksPerStep ?? NaN),
    steps: app?.steps ?? 0,
    timeouts: app?.timeouts ?? 0,
    firstIdleMs: round(result.firstIdleMs),
    loadMs: round(result.loadMs),
    loadPath: result.loadPath,
    loadLongestTaskMs: round(result.loadLongestTaskMs),
    fileMB: round(result.bytes / 1e6),
  };
}

export function methodRowOf(events: number, method: MethodResult): Record<string, unknown> {
  return {
    events,
    method: method.method,
    scrubStepMs: round(method.scrubStepMs),
    scrubStepP95Ms: round(method.scrubStepP95Ms),
    repaintMs: round(method.repaintMs),
    ratio: round(method.ratio),
    scriptMsPerStep: round(method.scriptMsPerStep),
    frameScriptMsPerStep: round(method.frameScriptMsPerStep),
    frameScriptMsPerRepaint: round(method.frameScriptMsPerRepaint),
    gpuUploadBytesPerStep: round(method.gpuUploadBytesPerStep),
    workerMessagesPerStep: round(method.workerMessagesPerStep),
    framesPerStep: round(method.framesPerStep),
    drawnAtLastStep: method.drawnAtLastStep,
    setupMs: round(method.setupMs),
    steps: method.steps,
    timeouts: method.timeouts,
  };
}

export function loadingRowOf(result: LoadingResult): Record<string, unknown> {
  const t = result.timings;
  return {
    events: result.events,
    mode: result.mode,
    ok: result.ok,
    totalMs: round(result.totalMs),
    longestTaskMs: round(result.longestTaskMs),
    blockedMs: round(result.blockedMs),
    readMs: t ? round(t['reading']!) : null,
    parseMs: t ? round(t['parsing']!) : null,
    validateMs: t ? round(t['validating']!) : null,
    packMs: t ? round(t['indexing']!) : null,
    transferMs: t ? round(t['transfer']!) : null,
    decodeMs: t ? round(t['decode']!) : null,
    progressMessages: result.progressMessages,
    indexMsAfterLoad: round(result.indexMs),
    jsonParseMs: round(result.jsonParseMs),
    ratio: round(result.ratio),
  };
}

/** A plain-text table of rows, columns in the given order. */
export function table(rows: Record<string, unknown>[], columns: string[]): string {
  const cells = [columns, ...rows.map((row) => columns.map((c) => formatCell(row[c])))];
  const widths = columns.map((_, i) => Math.max(...cells.map((r) => String(r[i]).length)));
  return cells.map((r) => r.map((cell, i) => String(cell).padStart(widths[i]!)).join('  ')).join('\n');
}

function formatCell(value: unknown): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '–';
  return String(value);
}
