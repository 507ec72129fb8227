/**
 * The app shell: header (dataset title, Open dataset…, interface language, theme), the map with
 * its legend, the side panel (problems, selection, events, filters, the source reader,
 * places) and the timeline; in embed mode only the parts `controls` asks for. The only
 * module that composes the feature folders: with an editor (the full app) it adds the
 * editing tools — the Edit switch and drafts in the header, the editor panel, the cite
 * toolbar in the reader — and hands the editor the map's drawing tools and camera. Styles come from the
 * entry point (the page's stylesheet, or the shadow root of <conflict-map>), never from here,
 * so nothing leaks. Its words come from the catalogues, in the store's language (mount-app
 * sets `lang` and `dir` around it); the dataset's title is shown as the data gives it.
 */
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import type { Editor } from '../editor/create-editor';
import { EditorProvider } from '../editor/editor-context';
import type { PlaceDrawing } from '../map/draw-places';
import { EventFilters } from '../events/event-filters';
import { EventsList } from '../events/events-list';
import type { MapController } from '../map/map-controller';
import { MapLegend } from '../map/map-legend';
import { MapView } from '../map/map-view';
import { PlacesList } from '../map/places-list';
import { ArticleReader } from '../reader/article-reader';
import { SelectionDetails } from '../reader/selection-details';
import { StoryList } from '../stories/story-list';
import { StoryPlayer } from '../stories/story-player';
import { Timeline } from '../timeline/timeline';
import { useAppStore, useAppStoreApi, useLocale } from '../store/store-context';
import { UI_LANGUAGES } from '../i18n/languages';
import { localizedText } from '../ui/localized-text';
import { LoadProgressBar } from './load-progress';
import type { LoadingStore } from './loading-status';
import { Announcer } from './announcer';
import { DownloadDatasetButton } from './download-dataset-button';
import type * as EditorSlots from './editor-slots';
import { ImportNotice } from './import-notice';
import { OpenDatasetButton } from './open-dataset-button';
import { ProblemsPanel } from './problems-panel';
import { SkipLinks } from './skip-links';
import { useFileDrop } from './use-file-drop';
import { usePreferredTheme } from './use-preferred-theme';
import type { Controls } from './embed-options';
import { OpenFullMapLink } from './open-full-map-link';
import type { MapView as CameraView } from './url-state';

/** The Share / Embed dialog and its live preview load when first opened: the first view needs neither. */
const ShareDialog = lazy(() => import('./share-dialog').then((module) => ({ default: module.ShareDialog })));
/** Download image, likewise on demand: its dialog and composition, and the map's offscreen drawing. */
const ExportDialog = lazy(() => import('../export/export-dialog').then((module) => ({ default: module.ExportDialog })));

export interface AppProps {
  /** The running map (started before React, see mount-app.tsx), shown in the map area. */
  map: MapController;
  loading: LoadingStore;
  onOpenFile: (file: File) => void;
  /** Opens the default dataset, offered when a first load failed and nothing is shown. */
  onOpenDefault?: () => void;
  onMapReady?: (controller: MapController | null) => void;
  /** The full app's editor and its views, once loaded (after the first view); embeds have none. */
  editing?: Editing;
  /** 'embed' drops the app's chrome: map, compact timeline, attribution, "Open full map". */
  mode: 'full' | 'embed';
  controls: Controls;
  fullAppUrl?: string;
  dataUrl: () => string | undefined;
  view: () => CameraView | undefined;
}

export interface Editing {
  editor: Editor;
  slots: typeof EditorSlots;
}

export function App({ map, loading, onOpenFile, onOpenDefault, onMapReady, editing, mode, controls, fullAppUrl, dataUrl, view }: AppProps) {
  const store = useAppStoreApi();
  const systemTheme = usePreferredTheme();
  const theme = useAppStore((s) => s.theme) ?? systemTheme;
  const lang = useAppStore((s) => s.lang);
  const locale = useLocale();
  const { t } = locale;
  const datasetTitle = useAppStore((s) => s.dataset?.title ?? null);
  const datasetTitleAr = useAppStore((s) => s.dataset?.title_ar);
  const title = datasetTitle === null ? null : localizedText(locale, datasetTitle, datasetTitleAr);
  const drop = useFileDrop(onOpenFile);
  const [sharing, setSharing] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [drawing, setDrawing] = useState<PlaceDrawing | null>(null);
  const editor = editing?.editor;
  const slots = editing?.slots;
  // The drawing library (terra-draw) is fetched only where there is an editor, never in embeds.
  useEffect(() => {
    if (!editor) return;
    let live = true;
    void import('../map/draw-places').then(({ PlaceDrawing }) => {
      if (live) setDrawing(new PlaceDrawing(map.map));
    });
    return () => {
      live = false;
      setDrawing(null);
    };
  }, [editor, map]);

  // Where the map looks, for the editor's story steps: the map is the app's to read, not the editor's.
  const camera = useCallback(() => {
    const at = view();
    return at && { center: [at.lng, at.lat] as [number, number], zoom: at.zoom };
  }, [view]);

  // The page itself follows the theme too (scrollbars, the body behind the app).
  useEffect(() => {
    if (mode === 'full') document.documentElement.dataset['theme'] = theme;
  }, [mode, theme]);

  const embed = mode === 'embed';
  const shell = (
    <div className={embed ? 'cm-app cm-app--embed' : 'cm-app'} data-theme={theme} data-panel={controls.panel || undefined}>
      {embed ? null : <SkipLinks />}
      <Announcer />
      {embed ? null : (
      <header className="cm-header">
        <h1>{t('app.title')}</h1>
        {title === null ? (
          <span className="cm-dataset-title">{t('app.noDataset')}</span>
        ) : (
          <span className="cm-dataset-title" dir="auto" lang={title.mainLang}>
            {title.main}
          </span>
        )}
        <div className="cm-toolbar">
          {slots ? <slots.EditControls /> : null}
          <OpenDatasetButton onFile={onOpenFile} />
          {slots ? <slots.EditingDownloadButton /> : <DownloadDatasetButton />}
          <button type="button" className="cm-button" aria-haspopup="dialog" onClick={() => setSharing(true)}>
            {t('app.share.open')}
          </button>
          <button type="button" className="cm-button" aria-haspopup="dialog" onClick={() => setExporting(true)}>
            {t('export.open')}
          </button>
          <div className="cm-segmented" role="group" aria-label={t('app.language.label')}>
            {UI_LANGUAGES.map((code) => (
              <button
                key={code}
                type="button"
                className="cm-button"
                aria-pressed={lang === code}
                onClick={() => store.getState().setLang(code, 'list')}
                lang={code}
              >
                {t(`app.language.${code}`)}
              </button>
            ))}
          </div>
          <button
            type="button"
            className="cm-button"
            aria-pressed={theme === 'dark'}
            onClick={() => store.getState().setTheme(theme === 'dark' ? 'light' : 'dark', 'list')}
          >
            {t('app.darkTheme')}
          </button>
        </div>
      </header>
      )}
      <main className="cm-map-area" data-zoom-controls={controls.zoom} data-dragging={drop.dragging || undefined} {...drop.handlers}>
        <MapView controller={map} theme={theme} lang={lang} onReady={onMapReady} />
        {slots ? <slots.DrawingHint /> : null}
        {controls.legend ? (
          <div className="cm-legend-overlay">
            <MapLegend theme={theme} />
          </div>
        ) : null}
        {embed ? <OpenFullMapLink fullAppUrl={fullAppUrl} dataUrl={dataUrl} view={view} /> : null}
        <LoadProgressBar loading={loading} />
        <StoryPlayer />
        {drop.dragging ? <div className="cm-drop-hint">{t('app.dropHint')}</div> : null}
      </main>
      {controls.timeline ? <Timeline /> : null}
      {controls.panel ? (
        <aside className="cm-side" aria-label={t('app.details')}>
          {slots ? <slots.DraftNotices /> : null}
          <ProblemsPanel onOpenDefault={onOpenDefault} />
          <ImportNotice />
          {slots ? <slots.EditingPanel /> : null}
          <StoryList />
          <SelectionDetails />
          <EventsList />
          <EventFilters />
          {slots ? <slots.EditingReader /> : <ArticleReader />}
          <PlacesList />
        </aside>
      ) : (
        <ProblemsPanel onOpenDefault={onOpenDefault} />
      )}
      {sharing ? (
        <Suspense fallback={null}>
          <ShareDialog
            appUrl={fullAppUrl ?? `${window.location.origin}${window.location.pathname}`}
            title={datasetTitle}
            titleAr={datasetTitleAr}
            dataUrl={dataUrl}
            view={view}
            onClose={() => setSharing(false)}
          />
        </Suspense>
      ) : null}
      {exporting ? (
        <Suspense fallback={null}>
          <ExportDialog
            theme={theme}
            // The map's part of the picture is the map feature's: the app hands it over.
            renderMap={(request, signal) => import('../map/map-picture').then(({ renderMapPicture }) => renderMapPicture(map, store, request, signal))}
            onClose={() => setExporting(false)}
          />
        </Suspense>
      ) : null}
    </div>
  );
  // Always the same provider (with no editor until it has loaded), so that the editor's
  // arrival adds its views rather than mounting the app again.
  return (
    <EditorProvider editor={editor ?? null} drawing={drawing} camera={camera}>
      {shell}
    </EditorProvider>
  );
}
