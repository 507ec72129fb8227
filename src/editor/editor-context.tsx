/**
 * The React side of the editor: a provider holding the app's editor, the map's drawing tools
 * and where the map looks (handed over by the app, since the editor may not import the map),
 * and hooks that read the editor's state with narrow selectors.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { Geometry, StoryCamera } from '../domain/dataset-schema';
import type { Editor, EditorState } from './create-editor';

/** What the editor needs of the map to draw places (src/map/draw-places.ts provides it). */
export interface PlaceDrawingTools {
  start(kind: 'point' | 'line' | 'area', onDone: (geometry: Geometry) => void): void;
  reshape(geometry: Geometry, onChange: (geometry: Geometry) => void): boolean;
  canReshape(geometry: Geometry): boolean;
  stop(): void;
}

/** Where the map looks now, for a story step (the app reads it from the map); undefined before the map is ready. */
export type MapCamera = () => StoryCamera | undefined;

interface EditorContextValue {
  editor: Editor;
  drawing: PlaceDrawingTools | null;
  camera: MapCamera | null;
}

const EditorContext = createContext<EditorContextValue | null>(null);

/** Provides the editor to the views below; with `editor: null` (not loaded yet) it provides nothing, and no editor view is rendered. */
export function EditorProvider({ editor, drawing, camera, children }: Omit<EditorContextValue, 'editor'> & { editor: Editor | null; children?: ReactNode }) {
  const value = useMemo(() => (editor ? { editor, drawing, camera } : null), [editor, drawing, camera]);
  return <EditorContext.Provider value={value}>{children}</EditorContext.Provider>;
}

function useEditorContext(): EditorContextValue {
  const value = useContext(EditorContext);
  if (value === null) throw new Error('no <EditorProvider> above this component');
  return value;
}

export function useEditor(): Editor {
  return useEditorContext().editor;
}

export function usePlaceDrawing(): PlaceDrawingTools | null {
  return useEditorContext().drawing;
}

export function useMapCamera(): MapCamera | null {
  return useEditorContext().camera;
}

/** One value of the editor's state; re-renders when it changes (by `Object.is`). */
export function useEditorState<T>(selector: (state: EditorState) => T): T {
  return useStore(useEditor().store, selector);
}
