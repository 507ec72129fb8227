/**
 * Import, then load: an imported dataset goes through the app's one loader (`loadDataset`),
 * so every rule of dataset format v1 holds for it too, and the result says which format the
 * file was in and what the import warned about.
 */
import type { LoadResult } from '../../domain/loaded-dataset';
import { loadResultOf, validateDataset, type ValidationResult } from '../load-dataset';
import { FORMAT_LABELS } from './detect-format';
import { importDataset, type ImportOptions, type ImportResult } from './import-dataset';

/**
 * Checks what `importDataset` (or `importJsonValue`) made of a file, without building the
 * loader's objects (the dataset worker packs what passed as it is).
 */
export function validateImport(imported: ImportResult): ValidationResult {
  if (!imported.ok) {
    return imported.format === null
      ? { ok: false, problems: imported.problems }
      : { ok: false, problems: imported.problems, format: FORMAT_LABELS[imported.format] };
  }
  const format = FORMAT_LABELS[imported.format];
  const result = validateDataset(imported.value);
  if (result.ok) return { ...result, format, warnings: imported.warnings };
  if (imported.format === 'dataset-v1') return { ...result, format };
  // The importers check what they write, so this is the importer's fault rather than the file's: say where it came from
  // (and drop any code, which would word the problem without saying so).
  return {
    ok: false,
    format,
    problems: result.problems.map((p) => ({ path: p.path, message: `${p.message} (in the dataset converted from this ${format} file)` })),
  };
}

/** Loads what `importDataset` (or `importJsonValue`) made of a file. */
export function finishImport(imported: ImportResult): LoadResult {
  return loadResultOf(validateImport(imported));
}

/** Loads the text of a file in any format the app reads; never throws. */
export function loadAnyDataset(text: string, fileName?: string, options: ImportOptions = {}): LoadResult {
  try {
    return finishImport(importDataset(text, fileName, options));
  } catch (error) {
    // Only a bug in an importer gets here; the loader never throws.
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [{ path: '$', message: `could not be imported (${detail})`, code: 'importFailed', params: { error: detail } }],
    };
  }
}
