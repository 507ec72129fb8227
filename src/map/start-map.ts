/**
 * Starts the map of one mounted app before any of its UI exists: the MapController (in a
 * container of its own, attached by the map view once React has rendered) bound to the store,
 * so MapLibre's worker, the style's fonts and the basemap files load while the rest of the app
 * is still being parsed and rendered.
 */
import type { AppStore } from '../store/create-app-store';
import { MapController } from './map-controller';
import { bindMapToStore } from './map-store-binding';
import type { LabelLanguage } from './style/label-expressions';
import type { Theme } from './style/palette';

export interface StartedMap {
  controller: MapController;
  /** Unbinds the map from the store and removes it. */
  stop(): void;
}

export function startMap(store: AppStore, options: { theme: Theme; lang: LabelLanguage; baseUrl: string }): StartedMap {
  const controller = new MapController({
    ...options,
    onHover: (id) => store.getState().hover(id ? { type: 'feature', id } : null, 'map'),
    onClick: (id) => {
      if (id) store.getState().select({ type: 'feature', id }, 'map');
      else store.getState().clearSelection('map');
    },
  });
  const unbind = bindMapToStore(controller, store);
  return {
    controller,
    stop: () => {
      unbind();
      controller.destroy();
    },
  };
}
