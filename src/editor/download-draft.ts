/**
 * The draft as it is, problems and all, as a file: offered when the browser cannot keep it,
 * and from the Drafts list. Named `…-draft.json`: it is not a dataset until it passes the checks.
 */
import { datasetFileName } from '../data/save-dataset';
import { downloadText } from '../lib/download-text';

export function downloadDraft(title: string, json: string): void {
  downloadText(datasetFileName(title).replace(/\.json$/, '-draft.json'), json);
}
