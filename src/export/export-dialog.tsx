/**
 * Download image: a picture of the current view — size and theme chosen here — saved as a PNG,
 * and, as text, the sources it credits (what the picture's Sources block lists, in full). A
 * native modal `<dialog>` as the Share dialog is: focus stays inside, Escape closes it, and
 * focus goes back to the button that opened it. The map's part of the picture comes from the
 * app (`renderMap`): this feature knows no map library.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useAppStoreApi, useLocale } from '../store/store-context';
import { composePicture, type PictureTheme, type RenderMapPicture } from './compose-picture';
import { pictureContent } from './picture-content';
import { PICTURE_SIZES } from './picture-layout';
import { ModalDialog } from '../ui/modal-dialog';

interface ExportDialogProps {
  /** The theme the app shows now: the picture's, unless changed here. */
  theme: PictureTheme;
  renderMap: RenderMapPicture;
  onClose: () => void;
}

type Status = { kind: 'idle' } | { kind: 'working' } | { kind: 'saved'; file: string } | { kind: 'failed'; error: string };

const THEMES: readonly PictureTheme[] = ['light', 'dark'];
/** 1600 × 900 unless chosen otherwise: sharp on a slide, light enough to send. */
const DEFAULT_SIZE = 1;

function canvasBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('toBlob gave nothing'))), 'image/png'));
}

/** Hands the PNG to the browser as a download: an object URL, a click on a link, the URL revoked. */
function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The click has handed the blob to the download; the URL is not needed after this turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function ExportDialog({ theme: appTheme, renderMap, onClose }: ExportDialogProps) {
  const store = useAppStoreApi();
  const locale = useLocale();
  const { t } = locale;
  const id = useId();
  const [sizeIndex, setSizeIndex] = useState(DEFAULT_SIZE);
  const [theme, setTheme] = useState<PictureTheme>(appTheme);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  // Pixel sizes are written without grouping ("1600 × 900"), in the language's digits.
  const pixels = useMemo(() => new Intl.NumberFormat(locale.tag, { useGrouping: false }), [locale]);
  // Aborts an offscreen map still loading when the dialog closes.
  const running = useRef<AbortController | null>(null);
  useEffect(() => () => running.current?.abort(), []);


  // The page behind is inert while the dialog is open: the view it describes cannot change.
  const content = useMemo(() => pictureContent(store.getState(), locale), [store, locale]);

  const download = async () => {
    const controller = new AbortController();
    running.current = controller;
    setStatus({ kind: 'working' });
    try {
      const canvas = await composePicture({
        size: PICTURE_SIZES[sizeIndex]!,
        theme,
        state: store.getState(),
        locale,
        renderMap,
        signal: controller.signal,
      });
      downloadBlob(await canvasBlob(canvas), content.fileName);
      if (!controller.signal.aborted) setStatus({ kind: 'saved', file: content.fileName });
    } catch (error) {
      if (!controller.signal.aborted) setStatus({ kind: 'failed', error: error instanceof Error ? error.message : String(error) });
    } finally {
      if (running.current === controller) running.current = null;
    }
  };

  const statusText =
    status.kind === 'working'
      ? t('export.working')
      : status.kind === 'saved'
        ? t('export.saved', { file: status.file })
        : status.kind === 'failed'
          ? t('export.failed', { error: status.error })
          : '';

  return (
    <ModalDialog className="cm-export-dialog" title={t('export.title')} closeLabel={t('export.close')} onClose={onClose}>
        <p>{t('export.intro')}</p>
        <div className="cm-export-options">
          <fieldset>
            <legend>{t('export.size')}</legend>
            {PICTURE_SIZES.map((size, i) => (
              <label key={size.width}>
                <input type="radio" name={`${id}-size`} checked={sizeIndex === i} onChange={() => setSizeIndex(i)} autoFocus={i === DEFAULT_SIZE} />{' '}
                {t('export.sizeOption', { width: pixels.format(size.width), height: pixels.format(size.height) })}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t('export.theme')}</legend>
            {THEMES.map((choice) => (
              <label key={choice}>
                <input type="radio" name={`${id}-theme`} checked={theme === choice} onChange={() => setTheme(choice)} />{' '}
                {t(`export.themes.${choice}`)}
              </label>
            ))}
          </fieldset>
        </div>
        <div className="cm-export-actions">
          <button type="button" className="cm-button" disabled={status.kind === 'working'} onClick={() => void download()}>
            {t('export.download')}
          </button>
          <span role="status" className={status.kind === 'failed' ? 'cm-export-status cm-export-status--failed' : 'cm-export-status'}>
            {statusText}
          </span>
        </div>
        <section aria-labelledby={`${id}-sources`}>
          <h3 id={`${id}-sources`}>{t('export.credited')}</h3>
          {content.sources.length === 0 ? (
            <p>{t('export.noSources')}</p>
          ) : (
            <ol className="cm-export-sources">
              {content.sources.map((source) => (
                <li key={source.id} data-article-id={source.id}>
                  <bdi className="cm-export-publisher">{source.publisher}</bdi>
                  {source.date === null ? null : (
                    <>
                      {' · '}
                      <span>{source.date}</span>
                    </>
                  )}
                  <br />
                  <bdi>{source.title}</bdi>
                </li>
              ))}
            </ol>
          )}
        </section>
    </ModalDialog>
  );
}
