/**
 * What an edit did, in the interface's language, for the Undo and Redo buttons: its action in
 * words with the name it acted on kept as written (isolated, since it is data). A label saved
 * as words by an older version is shown as it is.
 */
import type { Locale } from '../i18n/locale';
import { isolate } from '../ui/isolated-text';
import type { DraftEdit } from './draft-edits';

export function describeEdit(locale: Locale, label: DraftEdit['label']): string {
  if (typeof label === 'string') return isolate(label);
  return locale.t(`editor.edits.${label.action}`, { name: isolate(label.name ?? '') });
}
