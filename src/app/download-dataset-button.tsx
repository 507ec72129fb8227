/** "Download dataset": saves what is loaded, whatever it was opened from, as dataset v1 JSON. */
import { datasetFileName, datasetToJsonText } from '../data/save-dataset';
import { useAppStore, useAppStoreApi } from '../store/store-context';

export function DownloadDatasetButton() {
  const store = useAppStoreApi();
  const loaded = useAppStore((s) => s.dataset !== null);
  const download = () => {
    const { dataset } = store.getState();
    if (dataset === null) return;
    const url = URL.createObjectURL(new Blob([datasetToJsonText(dataset)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = datasetFileName(dataset.title);
    link.click();
    // The click has handed the blob to the download; the URL is not needed after this turn.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };
  return (
    <button type="button" className="cm-button" disabled={!loaded} onClick={download} title="Save what is loaded as a dataset v1 JSON file">
      Download dataset
    </button>
  );
}
