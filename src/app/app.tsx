/**
 * The app shell: header with the dataset title and the theme and label-language switches,
 * the map with its legend, the side panel (problems, selection, events, filters, the source
 * reader, places) and the timeline. The only module that composes the feature folders.
 */
import { useCallback, useEffect, useState } from 'react';
import { MapView } from '../map/map-view';
import { MapLegend } from '../map/map-legend';
import { PlacesList } from '../map/places-list';
import type { MapController } from '../map/map-controller';
import type { LabelLanguage } from '../map/style/label-expressions';
import type { Theme } from '../map/style/palette';
import { SelectionDetails } from '../reader/selection-details';
import { ArticleReader } from '../reader/article-reader';
import { EventsList } from '../events/events-list';
import { EventFilters } from '../events/event-filters';
import { useAppStore } from '../store/store-context';
import { ProblemsPanel } from './problems-panel';
import { usePreferredTheme } from './use-preferred-theme';
import './app.css';

interface AppProps {
  initialTheme: Theme | null;
  initialLang: LabelLanguage;
  onMapReady?: (controller: MapController | null) => void;
}

export function App({ initialTheme, initialLang, onMapReady }: AppProps) {
  const systemTheme = usePreferredTheme();
  const [themeChoice, setThemeChoice] = useState<Theme | null>(initialTheme);
  const [lang, setLang] = useState<LabelLanguage>(initialLang);
  const theme = themeChoice ?? systemTheme;
  const title = useAppStore((state) => state.dataset?.title ?? 'Loading dataset…');

  useEffect(() => {
    document.documentElement.dataset['theme'] = theme;
  }, [theme]);

  const handleMapReady = useCallback((controller: MapController | null) => onMapReady?.(controller), [onMapReady]);

  return (
    <div className="cm-app">
      <header className="cm-header">
        <h1>Conflict Map</h1>
        <span className="cm-dataset-title">{title}</span>
        <div className="cm-toolbar">
          <div className="cm-segmented" role="group" aria-label="Label language">
            {(['en', 'ar'] as const).map((code) => (
              <button
                key={code}
                type="button"
                className="cm-button"
                aria-pressed={lang === code}
                onClick={() => setLang(code)}
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
            onClick={() => setThemeChoice(theme === 'dark' ? 'light' : 'dark')}
          >
            Dark theme
          </button>
        </div>
      </header>
      <main className="cm-map-area">
        <MapView theme={theme} lang={lang} onReady={handleMapReady} />
        <div className="cm-legend-overlay">
          <MapLegend theme={theme} />
        </div>
      </main>
      <aside className="cm-side" aria-label="Details">
        <ProblemsPanel />
        <SelectionDetails />
        <EventsList />
        <EventFilters />
        <ArticleReader />
        <PlacesList />
      </aside>
    </div>
  );
}
