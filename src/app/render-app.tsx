/**
 * The React half of a mounted app, loaded on demand by mountApp once the map has started (so
 * React, the panels and the timeline parse while MapLibre's worker loads the basemap): the
 * full app's editor, and <App/> rendered into the container around the running map.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createEditor, type Editor } from '../editor/create-editor';
import type { AppStore } from '../store/create-app-store';
import { AppStoreProvider } from '../store/store-context';
import { App, type AppProps } from './app';

export interface RenderOptions {
  container: HTMLElement;
  store: AppStore;
  /** Everything <App/> takes but the editor, which is made here. */
  props: Omit<AppProps, 'editor'>;
  /** Called when the editor installs a draft (a draft on screen has no URL). */
  onDraftInstalled: () => void;
}

export interface RenderedApp {
  /** The full app's editor; embeds have none. */
  editor: Editor | undefined;
  unmount(): void;
}

export function renderApp({ container, store, props, onDraftInstalled }: RenderOptions): RenderedApp {
  const editor = props.mode === 'full' ? createEditor({ appStore: store, onInstall: onDraftInstalled }) : undefined;
  const root = createRoot(container);
  root.render(
    <StrictMode>
      <AppStoreProvider store={store}>
        <App {...props} editor={editor} />
      </AppStoreProvider>
    </StrictMode>,
  );
  return {
    editor,
    unmount: () => {
      editor?.destroy();
      root.unmount();
    },
  };
}
