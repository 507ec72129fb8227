/**
 * Deleting: at once when nothing points at the item, otherwise after asking — what goes with
 * it (an article's excerpts) and which events and places lose their link to it, named; events
 * left citing nothing are called out, since the format refuses them until another excerpt is
 * cited. Deleting is an edit like any other, so Undo brings everything back.
 */
import type { ItemKey } from './draft-problems';
import { deleteOp, dependantsOf, hasDependants, itemName } from './draft-links';
import { useEditor, useEditorState } from './editor-context';
import { EditorFormFrame, shorten } from './form-parts';

const TEXT = {
  title: (name: string) => `Delete “${name}”?`,
  delete: 'Delete',
  excerpts: (n: number) => `Its ${n} excerpt${n === 1 ? '' : 's'} will be deleted with it.`,
  events: 'These events will lose their link to it:',
  places: 'These places will lose their link to it:',
  sourceless: 'These events will cite nothing and must cite another excerpt before the dataset can be downloaded:',
  undo: 'You can undo this.',
};

/** What a Delete button does: delete, or open this form to ask first. */
export function useDeleteItem(): (item: Exclude<ItemKey, 'dataset'>) => void {
  const editor = useEditor();
  const draft = useEditorState((s) => s.session?.draft);
  return (item) => {
    if (!draft) return;
    if (hasDependants(dependantsOf(draft, item))) editor.openForm({ type: 'delete', item });
    else void editor.commit(`Delete “${shorten(itemName(draft, item), 60)}”`, [deleteOp(item)]);
  };
}

function Names({ label, names }: { label: string; names: string[] }) {
  if (names.length === 0) return null;
  return (
    <>
      <p>{label}</p>
      <ul>
        {names.map((name, i) => (
          <li key={i}>{shorten(name)}</li>
        ))}
      </ul>
    </>
  );
}

export function DeleteForm({ item }: { item: Exclude<ItemKey, 'dataset'> }) {
  const editor = useEditor();
  const draft = useEditorState((s) => s.session?.draft);
  if (!draft) return null;
  const name = shorten(itemName(draft, item), 60);
  const dependants = dependantsOf(draft, item);
  return (
    <EditorFormFrame
      title={TEXT.title(name)}
      submitLabel={TEXT.delete}
      onCancel={() => editor.openForm(null)}
      onSubmit={() => {
        void editor.commit(`Delete “${name}”`, [deleteOp(item)]);
        editor.openForm(null);
      }}
    >
      {dependants.excerpts > 0 ? <p>{TEXT.excerpts(dependants.excerpts)}</p> : null}
      <Names label={TEXT.events} names={dependants.events.filter((e) => !dependants.sourceless.includes(e))} />
      <Names label={TEXT.sourceless} names={dependants.sourceless} />
      <Names label={TEXT.places} names={dependants.places} />
      <p className="cm-cite">{TEXT.undo}</p>
    </EditorFormFrame>
  );
}
