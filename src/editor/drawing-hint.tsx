/**
 * The hint on the map while a place is being drawn: what to do with the pointer, how to
 * finish, and a button to finish or cancel, so the map alone says how to use it (on a phone
 * the form is further down the page).
 */
import { useEditor, useEditorState } from './editor-context';

const TEXT = {
  point: 'Click the map where the place is.',
  line: 'Click each point of the line; click the last point again, or press Enter, to finish.',
  area: 'Click each corner of the area; click the first corner again, or press Enter, to close it.',
  move: 'Drag the point to move it.',
  reshape: 'Drag the shape, or its points; drag a middle point to add one; right-click a point to remove it.',
  done: 'Done',
  cancel: 'Cancel',
};

export function DrawingHint() {
  const editor = useEditor();
  const drawing = useEditorState((s) => s.drawing);
  if (drawing === null) return null;
  return (
    <div className="cm-drawing-hint" role="status">
      <span>{TEXT[drawing]}</span>
      <button type="button" className="cm-button" onClick={() => editor.setDrawing(null)}>
        {drawing === 'reshape' || drawing === 'move' ? TEXT.done : TEXT.cancel}
      </button>
    </div>
  );
}
