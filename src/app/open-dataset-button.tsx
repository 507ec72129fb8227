/** "Open dataset…": a file picker for a dataset JSON file on the user's machine. */
import { useRef } from 'react';

export function OpenDatasetButton({ onFile }: { onFile: (file: File) => void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="cm-button" onClick={() => input.current?.click()}>
        Open dataset…
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        className="cm-visually-hidden"
        tabIndex={-1}
        aria-label="Dataset file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) onFile(file);
          e.target.value = '';
        }}
      />
    </>
  );
}
