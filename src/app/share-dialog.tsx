/**
 * Share / Embed: copy a link to the current view, or build an iframe snippet — size,
 * responsive or fixed, which controls to show, theme, language, autoplay — with a live
 * preview of exactly what the snippet embeds (in the manner of TimelineJS's generator).
 * A native modal `<dialog>`: the browser keeps focus inside it and the page behind inert,
 * Escape closes it wherever focus is, and focus goes back to the button that opened it.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useAppStoreApi } from '../store/store-context';
import { CONTROL_NAMES, DEFAULT_EMBED_CONTROLS, type ControlName } from './embed-options';
import { buildEmbedUrl, buildIframeSnippet, type EmbedChoices } from './embed-snippet';
import { describeState } from './url-sync';
import { serializeUrlState, type MapView } from './url-state';

interface ShareDialogProps {
  appUrl: string;
  title: string;
  dataUrl: () => string | undefined;
  view: () => MapView | undefined;
  onClose: () => void;
}

const CONTROL_LABELS: Record<ControlName, string> = {
  timeline: 'Timeline',
  legend: 'Legend',
  zoom: 'Zoom buttons',
  panel: 'Side panel (events, sources)',
};

async function copy(text: string, field: HTMLTextAreaElement | HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Clipboard refused (permissions, http): select the text so Ctrl+C works.
    field?.select();
    return false;
  }
}

export function ShareDialog({ appUrl, title, dataUrl, view, onClose }: ShareDialogProps) {
  const store = useAppStoreApi();
  const id = useId();
  const linkField = useRef<HTMLInputElement>(null);
  const snippetField = useRef<HTMLTextAreaElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const [copied, setCopied] = useState<string | null>(null);
  useEffect(() => {
    const element = dialog.current!;
    // The opener, read from the dialog's own root: inside <conflict-map> the document only sees the host element.
    const root = element.getRootNode() as Document | ShadowRoot;
    const opener = root.activeElement instanceof HTMLElement ? root.activeElement : null;
    element.showModal();
    return () => {
      if (element.open) element.close();
      opener?.focus();
    };
  }, []);
  // The view is captured when the dialog opens: what you saw is what you share.
  const [current] = useState(() => describeState(store.getState(), view(), dataUrl()));
  const [choices, setChoices] = useState<EmbedChoices>({
    controls: DEFAULT_EMBED_CONTROLS,
    includeView: true,
    theme: 'auto',
    lang: current.lang ?? 'en',
    autoplay: false,
    size: { responsive: true, aspectRatio: '16 / 10' },
  });
  const link = `${appUrl}${serializeUrlState(current)}`;
  const embedUrl = buildEmbedUrl(appUrl, current, choices);
  const snippet = buildIframeSnippet(embedUrl, `Conflict Map: ${title}`, choices.size);
  const update = (patch: Partial<EmbedChoices>) => setChoices((c) => ({ ...c, ...patch }));
  const fixed = choices.size.responsive ? { width: 800, height: 500 } : choices.size;

  return (
    <dialog
      ref={dialog}
      className="cm-dialog"
      aria-labelledby={`${id}-title`}
      // Escape closes a modal dialog natively; the app forgets it then.
      onClose={onClose}
      // A click on the backdrop reaches the dialog element itself, outside its body.
      onClick={(e) => e.target === e.currentTarget && onClose()}
    >
      <div className="cm-dialog-body">
        <header className="cm-dialog-header">
          <h2 id={`${id}-title`}>Share and embed</h2>
          <button type="button" className="cm-button" onClick={onClose} autoFocus>
            Close
          </button>
        </header>
        <section aria-labelledby={`${id}-link`}>
          <h3 id={`${id}-link`}>Link to this view</h3>
          <div className="cm-copy-row">
            <input ref={linkField} readOnly value={link} aria-label="Link to this view" onFocus={(e) => e.target.select()} />
            <button
              type="button"
              className="cm-button"
              onClick={() => void copy(link, linkField.current).then((ok) => setCopied(ok ? 'link' : null))}
            >
              {copied === 'link' ? 'Copied' : 'Copy link'}
            </button>
          </div>
        </section>
        <section aria-labelledby={`${id}-embed`} className="cm-embed-builder">
          <h3 id={`${id}-embed`}>Embed in a page</h3>
          <div className="cm-embed-options">
            <fieldset>
              <legend>Size</legend>
              <label>
                <input
                  type="checkbox"
                  checked={choices.size.responsive}
                  onChange={(e) =>
                    update({ size: e.target.checked ? { responsive: true, aspectRatio: '16 / 10' } : { responsive: false, ...fixed } })
                  }
                />{' '}
                Responsive (fills the page's width)
              </label>
              {choices.size.responsive ? null : (
                <div className="cm-size-row">
                  <label>
                    Width{' '}
                    <input
                      type="number"
                      min={200}
                      max={4000}
                      value={choices.size.width}
                      onChange={(e) => update({ size: { ...fixed, responsive: false, width: Number(e.target.value) || 200 } })}
                    />
                  </label>
                  <label>
                    Height{' '}
                    <input
                      type="number"
                      min={200}
                      max={4000}
                      value={choices.size.height}
                      onChange={(e) => update({ size: { ...fixed, responsive: false, height: Number(e.target.value) || 200 } })}
                    />
                  </label>
                </div>
              )}
            </fieldset>
            <fieldset>
              <legend>Show</legend>
              {CONTROL_NAMES.map((name) => (
                <label key={name}>
                  <input
                    type="checkbox"
                    checked={choices.controls[name]}
                    onChange={(e) => update({ controls: { ...choices.controls, [name]: e.target.checked } })}
                  />{' '}
                  {CONTROL_LABELS[name]}
                </label>
              ))}
            </fieldset>
            <fieldset>
              <legend>Options</legend>
              <label>
                <input type="checkbox" checked={choices.includeView} onChange={(e) => update({ includeView: e.target.checked })} />{' '}
                Open at this view (time, selection, map position)
              </label>
              <label>
                <input type="checkbox" checked={choices.autoplay} onChange={(e) => update({ autoplay: e.target.checked })} /> Play
                on load
              </label>
              <label>
                Theme{' '}
                <select value={choices.theme} onChange={(e) => update({ theme: e.target.value as EmbedChoices['theme'] })}>
                  <option value="auto">Follow the reader's system</option>
                  <option value="light">Light</option>
                  <option value="dark">Dark</option>
                </select>
              </label>
              <label>
                Labels{' '}
                <select value={choices.lang} onChange={(e) => update({ lang: e.target.value as EmbedChoices['lang'] })}>
                  <option value="en">English, Arabic beneath</option>
                  <option value="ar">Arabic, English beneath</option>
                </select>
              </label>
            </fieldset>
          </div>
          <label className="cm-snippet-label" htmlFor={`${id}-snippet`}>
            Embed code
          </label>
          <textarea id={`${id}-snippet`} ref={snippetField} readOnly value={snippet} rows={4} onFocus={(e) => e.target.select()} />
          <button
            type="button"
            className="cm-button"
            onClick={() => void copy(snippet, snippetField.current).then((ok) => setCopied(ok ? 'snippet' : null))}
          >
            {copied === 'snippet' ? 'Copied' : 'Copy embed code'}
          </button>
          <h4>Preview</h4>
          <div className="cm-embed-preview" style={choices.size.responsive ? { aspectRatio: choices.size.aspectRatio } : { width: fixed.width, height: fixed.height }}>
            <iframe src={embedUrl} title="Embed preview" />
          </div>
        </section>
      </div>
    </dialog>
  );
}
