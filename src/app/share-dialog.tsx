/**
 * Share / Embed: copy a link to the current view, or build an iframe snippet — size,
 * responsive or fixed, which controls to show, theme, language, autoplay — with a live
 * preview of exactly what the snippet embeds (in the manner of TimelineJS's generator).
 * A native modal `<dialog>`: the browser keeps focus inside it and the page behind inert,
 * Escape closes it wherever focus is, and focus goes back to the button that opened it.
 * The dialog speaks the interface's language; the snippet's iframe title, the embed's.
 */
import { useId, useRef, useState } from 'react';
import { UI_LANGUAGES } from '../i18n/languages';
import { localeFor } from '../i18n/locale';
import { useAppStoreApi, useLocale } from '../store/store-context';
import { localizedText } from '../ui/localized-text';
import { CONTROL_NAMES, DEFAULT_EMBED_CONTROLS } from './embed-options';
import { buildEmbedUrl, buildIframeSnippet, type EmbedChoices } from './embed-snippet';
import { describeState } from './url-sync';
import { serializeUrlState, type MapView } from './url-state';
import { isolate } from '../ui/isolated-text';
import { ModalDialog } from '../ui/modal-dialog';

interface ShareDialogProps {
  appUrl: string;
  /** The dataset's title, and its Arabic one if it has one; null when nothing is loaded. */
  title: string | null;
  titleAr?: string;
  dataUrl: () => string | undefined;
  view: () => MapView | undefined;
  onClose: () => void;
}

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

const THEME_CHOICES: readonly EmbedChoices['theme'][] = ['auto', 'light', 'dark'];

export function ShareDialog({ appUrl, title, titleAr, dataUrl, view, onClose }: ShareDialogProps) {
  const store = useAppStoreApi();
  const locale = useLocale();
  const { t } = locale;
  const id = useId();
  const linkField = useRef<HTMLInputElement>(null);
  const snippetField = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState<string | null>(null);
  // The view is captured when the dialog opens: what you saw is what you share.
  const [current] = useState(() => describeState(store.getState(), view(), dataUrl()));
  const [choices, setChoices] = useState<EmbedChoices>({
    controls: DEFAULT_EMBED_CONTROLS,
    includeView: true,
    theme: 'auto',
    lang: current.lang ?? 'en',
    autoplay: false,
    story: current.story ?? null,
    size: { responsive: true, aspectRatio: '16 / 10' },
  });
  const stories = store.getState().dataset?.stories ?? [];
  const chosenStory = stories.find((story) => story.id === choices.story?.id);
  const link = `${appUrl}${serializeUrlState(current)}`;
  const embedUrl = buildEmbedUrl(appUrl, current, choices);
  // The iframe's title is read on the host's page, in the embed's language.
  const embedLocale = localeFor(choices.lang);
  const iframeTitle =
    title === null ? embedLocale.t('app.title') : embedLocale.t('app.share.iframeTitle', { title: isolate(localizedText(embedLocale, title, titleAr).main) });
  const snippet = buildIframeSnippet(embedUrl, iframeTitle, choices.size);
  const update = (patch: Partial<EmbedChoices>) => setChoices((c) => ({ ...c, ...patch }));
  const fixed = choices.size.responsive ? { width: 800, height: 500 } : choices.size;

  return (
    <ModalDialog title={t('app.share.title')} closeLabel={t('app.share.close')} onClose={onClose} focusClose>
        <section aria-labelledby={`${id}-link`}>
          <h3 id={`${id}-link`}>{t('app.share.link')}</h3>
          <div className="cm-copy-row">
            <input
              ref={linkField}
              readOnly
              dir="ltr"
              value={link}
              aria-label={t('app.share.link')}
              onFocus={(e) => e.target.select()}
            />
            <button
              type="button"
              className="cm-button"
              onClick={() => void copy(link, linkField.current).then((ok) => setCopied(ok ? 'link' : null))}
            >
              {copied === 'link' ? t('app.share.copied') : t('app.share.copyLink')}
            </button>
          </div>
        </section>
        <section aria-labelledby={`${id}-embed`} className="cm-embed-builder">
          <h3 id={`${id}-embed`}>{t('app.share.embed')}</h3>
          <div className="cm-embed-options">
            <fieldset>
              <legend>{t('app.share.size')}</legend>
              <label>
                <input
                  type="checkbox"
                  checked={choices.size.responsive}
                  onChange={(e) =>
                    update({ size: e.target.checked ? { responsive: true, aspectRatio: '16 / 10' } : { responsive: false, ...fixed } })
                  }
                />{' '}
                {t('app.share.responsive')}
              </label>
              {choices.size.responsive ? null : (
                <div className="cm-size-row">
                  <label>
                    {t('app.share.width')}{' '}
                    <input
                      type="number"
                      min={200}
                      max={4000}
                      value={choices.size.width}
                      onChange={(e) => update({ size: { ...fixed, responsive: false, width: Number(e.target.value) || 200 } })}
                    />
                  </label>
                  <label>
                    {t('app.share.height')}{' '}
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
              <legend>{t('app.share.show')}</legend>
              {CONTROL_NAMES.map((name) => (
                <label key={name}>
                  <input
                    type="checkbox"
                    checked={choices.controls[name]}
                    onChange={(e) => update({ controls: { ...choices.controls, [name]: e.target.checked } })}
                  />{' '}
                  {t(`app.share.controls.${name}`)}
                </label>
              ))}
            </fieldset>
            <fieldset>
              <legend>{t('app.share.options')}</legend>
              <label>
                <input type="checkbox" checked={choices.includeView} onChange={(e) => update({ includeView: e.target.checked })} />{' '}
                {t('app.share.includeView')}
              </label>
              <label>
                <input type="checkbox" checked={choices.autoplay} onChange={(e) => update({ autoplay: e.target.checked })} />{' '}
                {t('app.share.autoplay')}
              </label>
              <label>
                {t('app.share.theme')}{' '}
                <select value={choices.theme} onChange={(e) => update({ theme: e.target.value as EmbedChoices['theme'] })}>
                  {THEME_CHOICES.map((theme) => (
                    <option key={theme} value={theme}>
                      {t(`app.share.themes.${theme}`)}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {t('app.share.language')}{' '}
                <select value={choices.lang} onChange={(e) => update({ lang: e.target.value as EmbedChoices['lang'] })}>
                  {UI_LANGUAGES.map((code) => (
                    <option key={code} value={code} lang={code}>
                      {t(`app.language.${code}`)}
                    </option>
                  ))}
                </select>
              </label>
            </fieldset>
            {stories.length === 0 ? null : (
              <fieldset>
                <legend>{t('app.share.story')}</legend>
                <label>
                  {t('app.share.storyChoice')}{' '}
                  <select
                    value={choices.story?.id ?? ''}
                    onChange={(e) => update({ story: e.target.value === '' ? null : { id: e.target.value, step: 1 } })}
                  >
                    <option value="">{t('app.share.noStory')}</option>
                    {stories.map((story) => (
                      <option key={story.id} value={story.id}>
                        {isolate(localizedText(locale, story.title, story.title_ar).main)}
                      </option>
                    ))}
                  </select>
                </label>
                {chosenStory === undefined || choices.story === null ? null : (
                  <label>
                    {t('app.share.startStep')}{' '}
                    <input
                      type="number"
                      min={1}
                      max={chosenStory.steps.length}
                      value={choices.story.step}
                      onChange={(e) => {
                        const step = Math.min(Math.max(1, Math.trunc(Number(e.target.value)) || 1), chosenStory.steps.length);
                        update({ story: { id: chosenStory.id, step } });
                      }}
                    />
                  </label>
                )}
              </fieldset>
            )}
          </div>
          <label className="cm-snippet-label" htmlFor={`${id}-snippet`}>
            {t('app.share.code')}
          </label>
          <textarea id={`${id}-snippet`} ref={snippetField} readOnly dir="ltr" value={snippet} rows={4} onFocus={(e) => e.target.select()} />
          <button
            type="button"
            className="cm-button"
            onClick={() => void copy(snippet, snippetField.current).then((ok) => setCopied(ok ? 'snippet' : null))}
          >
            {copied === 'snippet' ? t('app.share.copied') : t('app.share.copyCode')}
          </button>
          <h4>{t('app.share.preview')}</h4>
          <div className="cm-embed-preview" style={choices.size.responsive ? { aspectRatio: choices.size.aspectRatio } : { width: fixed.width, height: fixed.height }}>
            <iframe src={embedUrl} title={t('app.share.previewTitle')} />
          </div>
        </section>
    </ModalDialog>
  );
}
