/**
 * "Open dataset…": a file picker for any file the app can open (dataset v1 JSON, GeoJSON, an
 * ACLED CSV export, a TimelineJS JSON or sheet CSV). The format is told from the content, so
 * the filter only helps the picker show the likely files.
 */
import { useRef } from 'react';
import { useLocale } from '../store/store-context';

export function OpenDatasetButton({ onFile }: { onFile: (file: File) => void }) {
  const { t } = useLocale();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="cm-button" onClick={() => input.current?.click()}>
        {t('app.open.button')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,.geojson,.csv,.txt,application/json,application/geo+json,text/csv"
        className="cm-visually-hidden"
        tabIndex={-1}
        aria-label={t('app.open.file')}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) onFile(file);
          e.target.value = '';
        }}
      />
    </>
  );
}
