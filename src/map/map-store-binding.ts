/**
 * Connects one MapController to one app store, outside React: store changes reach the map
 * through `subscribe` (dataset → features and event marks, selection/hover → feature-state
 * and camera, time/window/filters/selection/hover → the event marks, coalesced to one update
 * per frame), and map input reaches the store only as actions tagged with origin 'map'.
 */
import { shallow } from 'zustand/shallow';
import type { AppState } from '../store/app-state';
import type { AppStore } from '../store/create-app-store';
import type { EntityRef } from '../store/slices/selection-slice';
import { featuresForEvent, featuresForExcerpt } from '../store/queries';
import type { DatasetIndex } from '../store/dataset-index';
import { featureDisplayOf } from './feature-display';
import type { EventViewInput, MapController } from './map-controller';

function eventOrdinalOf(index: DatasetIndex | null, ref: EntityRef | null): number {
  if (!index || ref?.type !== 'event') return -1;
  return index.eventOrdinalById.get(ref.id) ?? -1;
}

/** What the event marks read from the store. */
function eventViewInput(state: AppState): EventViewInput {
  return {
    index: state.index,
    time: state.time,
    window: state.window,
    mask: state.eventFilterMask,
    selectedEvent: eventOrdinalOf(state.index, state.selected),
    hoveredEvent: eventOrdinalOf(state.index, state.hovered),
  };
}

/** The store fields the event marks depend on; any change schedules one update. */
const eventViewDeps = (state: AppState) =>
  [state.index, state.time, state.window, state.eventFilterMask, state.selected, state.hovered] as const;

/** The map features an entity points at: itself, or those of its event or excerpt. */
function featureIdsOf(index: DatasetIndex | null, ref: EntityRef | null): string[] {
  if (!index || !ref) return [];
  if (ref.type === 'feature') return index.featureOrdinalById.has(ref.id) ? [ref.id] : [];
  const ordinal =
    ref.type === 'event' ? index.eventOrdinalById.get(ref.id) : index.excerptOrdinalById.get(ref.id);
  if (ordinal === undefined) return [];
  const features = ref.type === 'event' ? featuresForEvent(index, ordinal) : featuresForExcerpt(index, ordinal);
  return Array.from(features, (f) => index.featureIds[f]!);
}

/** Wires the two together and returns the function that undoes it. */
export function bindMapToStore(controller: MapController, store: AppStore): () => void {
  const readEventView = () => eventViewInput(store.getState());
  // Every new dataset opens framed on its features (frameTargets leaves context such as a divide out);
  // a revision of the draft being edited does not move the camera from what the user looks at.
  const applyDataset = (index: DatasetIndex | null, frame = true) => {
    controller.setFeatures(index ? [...index.features] : [], index ? featureDisplayOf(index) : [], index?.dataset.kinds);
    controller.setEventData(index);
    if (frame) controller.frame([], false);
  };

  const unsubscribers = [
    store.subscribe(
      (state) => state.index,
      (index) => applyDataset(index, store.getState().lastChangeOrigin !== 'editor'),
    ),
    store.subscribe(
      (state) => state.selected,
      (selected) => {
        const { index, lastChangeOrigin } = store.getState();
        const ids = featureIdsOf(index, selected);
        // Only features can carry the map's selection mark; events and excerpts light up
        // the features they point at.
        controller.setSelected(selected?.type === 'feature' ? selected.id : (ids[0] ?? null));
        // A click on the map should not move the camera under the pointer.
        if (ids.length > 0 && lastChangeOrigin !== 'map') controller.frame(ids);
      },
    ),
    store.subscribe(
      (state) => state.hovered,
      (hovered) => controller.setHovered(featureIdsOf(store.getState().index, hovered)[0] ?? null),
    ),
    // Scrubbing lands here at input rate; the controller folds it into one update per frame.
    store.subscribe(eventViewDeps, () => controller.requestEventUpdate(readEventView), { equalityFn: shallow }),
  ];

  controller.setEventPointerHandlers({
    onHover: (id) => store.getState().hover({ type: 'event', id }, 'map'),
    onClick: (id) => store.getState().select({ type: 'event', id }, 'map'),
  });

  const { index } = store.getState();
  if (index) applyDataset(index);
  controller.requestEventUpdate(readEventView);

  return () => {
    unsubscribers.forEach((unsubscribe) => unsubscribe());
    controller.setEventPointerHandlers(null);
  };
}
