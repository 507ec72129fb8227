/**
 * The map's React shell: a container element, and an effect that creates the MapController,
 * binds it to the store and destroys both on unmount. It renders nothing else: scrubbing or
 * hovering never re-renders this component.
 */
import { useEffect, useRef } from 'react';
import { useAppStoreApi } from '../store/store-context';
import { MapController } from './map-controller';
import { bindMapToStore } from './map-store-binding';
import type { LabelLanguage } from './style/label-expressions';
import type { Theme } from './style/palette';

interface MapViewProps {
  theme: Theme;
  lang: LabelLanguage;
  /** Receives the controller once the map exists (the app exposes it for tests). */
  onReady?: (controller: MapController | null) => void;
}

export function MapView({ theme, lang, onReady }: MapViewProps) {
  const store = useAppStoreApi();
  const containerRef = useRef<HTMLDivElement>(null);
  const controllerRef = useRef<MapController | null>(null);
  // Theme and language at creation time; later changes go through the effects below.
  const initial = useRef({ theme, lang });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const controller = new MapController({
      container,
      theme: initial.current.theme,
      lang: initial.current.lang,
      baseUrl: document.baseURI,
      onHover: (id) => store.getState().hover(id ? { type: 'feature', id } : null, 'map'),
      onClick: (id) => {
        if (id) store.getState().select({ type: 'feature', id }, 'map');
        else store.getState().clearSelection('map');
      },
    });
    const unbind = bindMapToStore(controller, store);
    controllerRef.current = controller;
    onReady?.(controller);
    return () => {
      unbind();
      onReady?.(null);
      controllerRef.current = null;
      controller.destroy();
    };
  }, [store, onReady]);

  useEffect(() => controllerRef.current?.setTheme(theme), [theme]);
  useEffect(() => controllerRef.current?.setLanguage(lang), [lang]);

  return <div ref={containerRef} className="cm-map" role="region" aria-label="Map" />;
}
