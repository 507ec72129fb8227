/**
 * The map's React shell: an element the running map (started with the app, see start-map.ts)
 * is attached to while this component is mounted, and effects that pass theme, label language
 * and interface language (the map's own texts: its controls, its canvas's name) on. It renders
 * nothing else: scrubbing or hovering never re-renders this component.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useLocale } from '../store/store-context';
import type { MapController } from './map-controller';
import type { LabelLanguage } from './style/label-expressions';
import type { Theme } from './style/palette';

interface MapViewProps {
  controller: MapController;
  theme: Theme;
  lang: LabelLanguage;
  /** Receives the controller once the map is on the page, and null when it leaves. */
  onReady?: (controller: MapController | null) => void;
}

export function MapView({ controller, theme, lang, onReady }: MapViewProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const locale = useLocale();

  // A layout effect: the map takes its size before the browser first paints the app.
  useLayoutEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    controller.attach(host);
    onReady?.(controller);
    return () => {
      onReady?.(null);
      controller.detach();
    };
  }, [controller, onReady]);

  useEffect(() => controller.setTheme(theme), [controller, theme]);
  useEffect(() => controller.setLanguage(lang), [controller, lang]);
  useEffect(() => controller.setUiLocale(locale), [controller, locale]);

  return <div ref={hostRef} className="cm-map" role="region" aria-label={locale.t('map.title')} />;
}
