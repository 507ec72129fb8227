/**
 * "Download dataset": saves what is loaded, whatever it was opened from, as dataset v1 JSON.
 * While a draft with problems is edited it is disabled, saying why: what is on screen is then
 * an older revision, and the draft itself would not pass `npm run validate`. The file is named
 * after the dataset's own title, untranslated.
 */
import { datasetFileName, datasetToJsonText } from '../data/save-dataset';
import { downloadText } from '../lib/download-text';
import { useAppStore, useAppStoreApi, useLocale } from '../store/store-context';

export function DownloadDatasetButton({ blockedBecause }: { blockedBecause?: string | null }) {
  const store = useAppStoreApi();
  const locale = useLocale();
  const loaded = useAppStore((s) => s.dataset !== null);
  const download = () => {
    const { dataset } = store.getState();
    if (dataset === null) return;
    downloadText(datasetFileName(dataset.title), datasetToJsonText(dataset));
  };
  return (
    <button
      type="button"
      className="cm-button"
      disabled={!loaded || !!blockedBecause}
      onClick={download}
      title={blockedBecause ?? locale.t('app.download.hint', { version: locale.number(1) })}
    >
      {locale.t('app.download.button')}
    </button>
  );
}
