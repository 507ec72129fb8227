/**
 * The app shell: header (dataset title, Open dataset…, label language, theme), the map with
 * its legend, the side panel (problems, selection, events, filters, the source reader,
 * places) and the timeline; in embed mode only the parts `controls` asks for. The only
 * module that composes the feature folders: with an editor (the full app) it adds the
 * editing tools — the Edit switch and drafts in the header, the editor panel, the cite
 * toolbar in the reader — and hands the editor the map's drawing tools. Styles come from the
 * entry point (the page's stylesheet, or the shadow root of <conflict-map>), never from here,
 * so nothing leaks.
 */
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import type { Editor } from '../editor/create-editor';
import { DraftNotices } from '../editor/draft-notices';
import { DrawingHint } from '../editor/drawing-hint';
import { EditControls } from '../editor/edit-controls';
import { EditorProvider, useEditorState } from '../editor/editor-context';
import { EditorPanel } from '../editor/editor-panel';
import type { PlaceDrawing } from '../map/draw-places';
import { EventFilters } from '../events/event-filters';
import { EventsList } from '../events/events-list';
import type { MapController } from '../map/map-controller';
import { MapLegend } from '../map/map-legend';
import { MapView } from '../map/map-view';
import { PlacesList } from '../map/places-list';
import { ArticleReader } from '../reader/article-reader';
import { SelectionDetails } from '../reader/selection-details';
import { Timeline } from '../timeline/timeline';
import { useAppStore, useAppStoreApi } from '../store/store-context';
import { LoadProgressBar } from './load-progress';
import type { LoadingStore } from './loading-status';
import { Announcer } from './announcer';
import { DownloadDatasetButton } from './download-dataset-button';
import { EditingDownloadButton, EditingReader } from './editor-slots';
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

export interface AppProps {
  /** The running map (started before React, see mount-app.tsx), shown in the map area. */
  map: MapController;
  loading: LoadingStore;
  onOpenFile: (file: File) => void;
  /** Opens the default dataset, offered when a first load failed and nothing is shown. */
  onOpenDefault?: () => void;
  onMapReady?: (controller: MapController | null) => void;
  /** The full app's editor; embeds have none. */
  editor?: Editor;
  /** 'embed' drops the app's chrome: map, compact timeline, attribution, "Open full map". */
  mode: 'full' | 'embed';
  controls: Controls;
  fullAppUrl?: string;
  dataUrl: () => string | undefined;
  view: () => CameraView | undefined;
}

/** Shows its children only while the editor is editing a draft. */
function WhileEditing({ children }: { children: ReactNode }) {
  return useEditorState((s) => s.editing && s.session !== null) ? children : null;
}

export function App({ map, loading, onOpenFile, onOpenDefault, onMapReady, editor, mode, controls, fullAppUrl, dataUrl, view }: AppProps) {
  const store = useAppStoreApi();
  const systemTheme = usePreferredTheme();
  const theme = useAppStore((s) => s.theme) ?? systemTheme;
  const lang = useAppStore((s) => s.lang);
  const title = useAppStore((s) => s.dataset?.title ?? 'No dataset loaded');
  const drop = useFileDrop(onOpenFile);
  const [sharing, setSharing] = useState(false);
  const [drawing, setDrawing] = useState<PlaceDrawing | null>(null);
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
        <h1>Conflict Map</h1>
        <span className="cm-dataset-title">{title}</span>
        <div className="cm-toolbar">
          {editor ? <EditControls /> : null}
          <OpenDatasetButton onFile={onOpenFile} />
          {editor ? <EditingDownloadButton /> : <DownloadDatasetButton />}
          <button type="button" className="cm-button" aria-haspopup="dialog" onClick={() => setSharing(true)}>
            Share / Embed
          </button>
          <div className="cm-segmented" role="group" aria-label="Label language">
            {(['en', 'ar'] as const).map((code) => (
              <button
                key={code}
                type="button"
                className="cm-button"
                aria-pressed={lang === code}
                onClick={() => store.getState().setLang(code, 'list')}
                lang={code}
              >
                {code === 'en' ? 'EN' : 'عربي'}
              </button>
            ))}
          </div>
          <button
            type="button"
            className="cm-button"
            aria-pressed={theme === 'dark'}
            onClick={() => store.getState().setTheme(theme === 'dark' ? 'light' : 'dark', 'list')}
          >
            Dark theme
          </button>
        </div>
      </header>
      )}
      <main className="cm-map-area" data-zoom-controls={controls.zoom} data-dragging={drop.dragging || undefined} {...drop.handlers}>
        <MapView controller={map} theme={theme} lang={lang} onReady={onMapReady} />
        {editor ? <DrawingHint /> : null}
        {controls.legend ? (
          <div className="cm-legend-overlay">
            <MapLegend theme={theme} />
          </div>
        ) : null}
        {embed ? <OpenFullMapLink fullAppUrl={fullAppUrl} dataUrl={dataUrl} view={view} /> : null}
        <LoadProgressBar loading={loading} />
        {drop.dragging ? <div className="cm-drop-hint">Drop a dataset file to open it</div> : null}
      </main>
      {controls.timeline ? <Timeline /> : null}
      {controls.panel ? (
        <aside className="cm-side" aria-label="Details">
          {editor ? <DraftNotices /> : null}
          <ProblemsPanel onOpenDefault={onOpenDefault} />
          <ImportNotice />
          {editor ? (
            <WhileEditing>
              <EditorPanel />
            </WhileEditing>
          ) : null}
          <SelectionDetails />
          <EventsList />
          <EventFilters />
          {editor ? <EditingReader /> : <ArticleReader />}
          <PlacesList />
        </aside>
      ) : (
        <ProblemsPanel onOpenDefault={onOpenDefault} />
      )}
      {sharing ? (
        <Suspense fallback={null}>
          <ShareDialog
            appUrl={fullAppUrl ?? `${window.location.origin}${window.location.pathname}`}
            title={title}
            dataUrl={dataUrl}
            view={view}
            onClose={() => setSharing(false)}
          />
        </Suspense>
      ) : null}
    </div>
  );
  return editor ? (
    <EditorProvider editor={editor} drawing={drawing}>
      {shell}
    </EditorProvider>
  ) : (
    shell
  );
}
