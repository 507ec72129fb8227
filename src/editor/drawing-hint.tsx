/**
 * The hint on the map while a place is being drawn: what to do with the pointer, how to
 * finish, and a button to finish or cancel, so the map alone says how to use it (on a phone
 * the form is further down the page).
 */
import { useLocale } from '../store/store-context';
import { useEditor, useEditorState } from './editor-context';

export function DrawingHint() {
  const { t } = useLocale();
  const editor = useEditor();
  const drawing = useEditorState((s) => s.drawing);
  if (drawing === null) return null;
  return (
    <div className="cm-drawing-hint" role="status">
      <span>{t(`editor.drawing.${drawing}`)}</span>
      <button type="button" className="cm-button" onClick={() => editor.setDrawing(null)}>
        {drawing === 'reshape' || drawing === 'move' ? t('editor.drawing.done') : t('editor.drawing.cancel')}
      </button>
    </div>
  );
}
