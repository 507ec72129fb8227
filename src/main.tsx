/**
 * Entry point: reads the view options from the URL, creates the app store, mounts <App/>,
 * then loads the default dataset through the same validating loader as any other.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-ext-400.css';
import '@fontsource/noto-sans/latin-700.css';
import '@fontsource/noto-sans-arabic/arabic-400.css';
import defaultDatasetUrl from '../geo-data/datasets/deir-ez-zor-2022.json?url';
import { App } from './app/app';
import type { MapController } from './map/map-controller';
import { createAppStore, type AppStore } from './store/create-app-store';
import { AppStoreProvider } from './store/store-context';

declare global {
  interface Window {
    /** For tests and debugging in the browser console: the map and the store. */
    __conflictMap?: { map: MapController['map']; store: AppStore };
  }
}

const params = new URLSearchParams(window.location.search);
const theme = params.get('theme');
const lang = params.get('lang') === 'ar' ? 'ar' : 'en';

const store = createAppStore();

function exposeForDebugging(controller: MapController | null): void {
  if (controller) window.__conflictMap = { map: controller.map, store };
  else delete window.__conflictMap;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppStoreProvider store={store}>
      <App
        initialTheme={theme === 'dark' || theme === 'light' ? theme : null}
        initialLang={lang}
        onMapReady={exposeForDebugging}
      />
    </AppStoreProvider>
  </StrictMode>,
);

async function loadDefaultDataset(): Promise<void> {
  const response = await fetch(defaultDatasetUrl);
  store.getState().loadDataset(await response.text(), 'deir-ez-zor-2022.json');
}

void loadDefaultDataset();
