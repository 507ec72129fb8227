/**
 * Deleting: at once when nothing points at the item, otherwise after asking — what goes with
 * it (an article's excerpts) and which events and places lose their link to it, named; events
 * left citing nothing are called out, since the format refuses them until another excerpt is
 * cited. Deleting is an edit like any other, so Undo brings everything back.
 */
import { useLocale } from '../store/store-context';
import { isolate } from '../ui/isolated-text';
import { withData } from './data-text';
import type { ItemKey } from './draft-problems';
import { deleteOp, dependantsOf, hasDependants, itemName } from './draft-links';
import { useEditor, useEditorState } from './editor-context';
import { EditorFormFrame, shorten } from './form-parts';

/** What a Delete button does: delete, or open this form to ask first. */
export function useDeleteItem(): (item: Exclude<ItemKey, 'dataset'>) => void {
  const editor = useEditor();
  const draft = useEditorState((s) => s.session?.draft);
  return (item) => {
    if (!draft) return;
    if (hasDependants(dependantsOf(draft, item))) editor.openForm({ type: 'delete', item });
    else void editor.commit({ action: 'delete', name: shorten(itemName(draft, item), 60) }, [deleteOp(item)]);
  };
}

function Names({ label, names }: { label: string; names: string[] }) {
  if (names.length === 0) return null;
  return (
    <>
      <p>{label}</p>
      <ul>
        {names.map((name, i) => (
          <li key={i} dir="auto">
            {shorten(name)}
          </li>
        ))}
      </ul>
    </>
  );
}

export function DeleteForm({ item }: { item: Exclude<ItemKey, 'dataset'> }) {
  const locale = useLocale();
  const { t } = locale;
  const editor = useEditor();
  const draft = useEditorState((s) => s.session?.draft);
  if (!draft) return null;
  const name = shorten(itemName(draft, item), 60);
  const dependants = dependantsOf(draft, item);
  return (
    <EditorFormFrame
      title={t('editor.delete.title', { name: isolate(name) })}
      heading={withData((data) => t('editor.delete.title', { name: data(name) }))}
      submitLabel={t('editor.common.delete')}
      onCancel={() => editor.openForm(null)}
      onSubmit={() => {
        void editor.commit({ action: 'delete', name }, [deleteOp(item)]);
        editor.openForm(null);
      }}
    >
      {dependants.excerpts > 0 ? (
        <p>{t('editor.delete.excerpts', { count: dependants.excerpts, n: locale.number(dependants.excerpts) })}</p>
      ) : null}
      <Names label={t('editor.delete.events')} names={dependants.events.filter((e) => !dependants.sourceless.includes(e))} />
      <Names label={t('editor.delete.sourceless')} names={dependants.sourceless} />
      <Names label={t('editor.delete.places')} names={dependants.places} />
      <p className="cm-cite">{t('editor.delete.undo')}</p>
    </EditorFormFrame>
  );
}
