/**
 * The React half of a mounted app, loaded on demand by mountApp once the map has started (so
 * React, the panels and the timeline parse while MapLibre's worker loads the basemap): <App/>
 * rendered into the container around the running map, and, when mountApp asks once the
 * first view is drawn, the full app's editor (a chunk of its own: the first view needs none
 * of it).
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Editor } from '../editor/create-editor';
import type { AppStore } from '../store/create-app-store';
import { AppStoreProvider } from '../store/store-context';
import { App, type AppProps, type Editing } from './app';

export interface RenderOptions {
  container: HTMLElement;
  store: AppStore;
  /** Everything <App/> takes but the editor, which is added here. */
  props: Omit<AppProps, 'editing'>;
  /** Called when the editor installs a draft (a draft on screen has no URL). */
  onDraftInstalled: () => void;
}

export interface RenderedApp {
  /** Loads the editor and shows its tools; undefined when the app was unmounted meanwhile. */
  addEditor(): Promise<Editor | undefined>;
  unmount(): void;
}

export function renderApp({ container, store, props, onDraftInstalled }: RenderOptions): RenderedApp {
  const root = createRoot(container);
  let editing: Editing | undefined;
  let unmounted = false;
  const render = () =>
    root.render(
      <StrictMode>
        <AppStoreProvider store={store}>
          <App {...props} editing={editing} />
        </AppStoreProvider>
      </StrictMode>,
    );
  render();
  return {
    async addEditor() {
      const slots = await import('./editor-slots');
      if (unmounted) return undefined;
      editing ??= { editor: slots.createEditor({ appStore: store, onInstall: onDraftInstalled }), slots };
      render();
      return editing.editor;
    },
    unmount: () => {
      unmounted = true;
      editing?.editor.destroy();
      root.unmount();
    },
  };
}
