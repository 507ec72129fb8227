/**
 * Undo and redo as a position in the list of edits: the draft is its base with the first
 * `applied` edits applied. Undo moves the position back, redo forward; a new edit after an
 * undo drops the edits that could have been redone. Pure values, so the same history is saved,
 * reloaded and shown.
 */
import type { DatasetInput } from '../domain/dataset-schema';
import { applyEdits, type DraftEdit } from './draft-edits';

export interface DraftHistory {
  readonly base: DatasetInput;
  readonly edits: readonly DraftEdit[];
  /** How many of `edits` make the draft; the rest can be redone. */
  readonly applied: number;
}

export function startHistory(base: DatasetInput, edits: readonly DraftEdit[] = [], applied = edits.length): DraftHistory {
  return { base, edits, applied: Math.max(0, Math.min(applied, edits.length)) };
}

/** The draft a history stands for. */
export function draftOf(history: DraftHistory): DatasetInput {
  return applyEdits(history.base, history.edits.slice(0, history.applied));
}

export function commitEdit(history: DraftHistory, edit: DraftEdit): DraftHistory {
  return { ...history, edits: [...history.edits.slice(0, history.applied), edit], applied: history.applied + 1 };
}

export function canUndo(history: DraftHistory): boolean {
  return history.applied > 0;
}

export function canRedo(history: DraftHistory): boolean {
  return history.applied < history.edits.length;
}

/** The history one edit back; itself when there is nothing to undo. */
export function undoEdit(history: DraftHistory): DraftHistory {
  return canUndo(history) ? { ...history, applied: history.applied - 1 } : history;
}

/** The history one edit forward; itself when there is nothing to redo. */
export function redoEdit(history: DraftHistory): DraftHistory {
  return canRedo(history) ? { ...history, applied: history.applied + 1 } : history;
}

/** The edit Undo would take back, and the one Redo would make again (for the buttons' labels). */
export function nextUndo(history: DraftHistory): DraftEdit | undefined {
  return history.edits[history.applied - 1];
}

export function nextRedo(history: DraftHistory): DraftEdit | undefined {
  return history.edits[history.applied];
}
