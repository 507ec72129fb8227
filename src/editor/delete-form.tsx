/**
 * Deleting: at once when nothing points at the item, otherwise after asking — what goes with
 * it (an article's excerpts) and which events and places lose their link to it, named; events
 * left citing nothing are called out, since the format refuses them until another excerpt is
 * cited; story steps that name the item are named too (the loader refuses them until they are
 * changed or deleted), and a story says how many steps go with it. Deleting is an edit like
 * any other, so Undo brings everything back.
 */
import { useLocale } from '../store/store-context';
import { isolate } from '../ui/isolated-text';
import { withData } from './data-text';
import type { EditLabel } from './draft-edits';
import type { ItemKey } from './draft-problems';
import { deleteOp, dependantsOf, hasDependants, itemName } from './draft-links';
import { useEditor, useEditorState } from './editor-context';
import { EditorFormFrame, shorten } from './form-parts';

function deleteLabel(item: Exclude<ItemKey, 'dataset'>, name: string): EditLabel {
  return { action: item.startsWith('story:') ? 'deleteStory' : 'delete', name };
}

/** What a Delete button does: delete, or open this form to ask first. */
export function useDeleteItem(): (item: Exclude<ItemKey, 'dataset'>) => void {
  const editor = useEditor();
  const draft = useEditorState((s) => s.session?.draft);
  return (item) => {
    if (!draft) return;
    if (hasDependants(dependantsOf(draft, item))) editor.openForm({ type: 'delete', item });
    else void editor.commit(deleteLabel(item, shorten(itemName(draft, item), 60)), [deleteOp(item)]);
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
        void editor.commit(deleteLabel(item, name), [deleteOp(item)]);
        editor.openForm(null);
      }}
    >
      {dependants.excerpts > 0 ? (
        <p>{t('editor.delete.excerpts', { count: dependants.excerpts, n: locale.number(dependants.excerpts) })}</p>
      ) : null}
      <Names label={t('editor.delete.events')} names={dependants.events.filter((e) => !dependants.sourceless.includes(e))} />
      <Names label={t('editor.delete.sourceless')} names={dependants.sourceless} />
      <Names label={t('editor.delete.places')} names={dependants.places} />
      {dependants.steps > 0 ? <p>{t('editor.delete.steps', { count: dependants.steps, n: locale.number(dependants.steps) })}</p> : null}
      <Names
        label={t('editor.delete.storySteps')}
        names={dependants.storySteps.map(({ story, step }) => t('editor.delete.storyStep', { story: isolate(story), step: isolate(step) }))}
      />
      <p className="cm-cite">{t('editor.delete.undo')}</p>
    </EditorFormFrame>
  );
}
