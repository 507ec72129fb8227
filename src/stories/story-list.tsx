/**
 * The dataset's stories in the side panel, each with the number of its steps and a button that
 * plays it from the first step; nothing when the dataset has none.
 */
import { useAppStore, useAppStoreApi, useLocale } from '../store/store-context';
import { localizedText } from '../ui/localized-text';

export function StoryList() {
  const store = useAppStoreApi();
  const locale = useLocale();
  const { t } = locale;
  const stories = useAppStore((s) => s.dataset?.stories);
  const playing = useAppStore((s) => s.story?.id ?? null);
  if (!stories || stories.length === 0) return null;
  return (
    <section className="cm-stories" aria-labelledby="cm-stories-title">
      <h2 id="cm-stories-title">{t('stories.heading')}</h2>
      <ul className="cm-links">
        {stories.map((story) => {
          const title = localizedText(locale, story.title, story.title_ar);
          return (
            <li key={story.id}>
              <button
                type="button"
                className="cm-link-button"
                aria-pressed={playing === story.id}
                onClick={() => store.getState().playStory(story.id, 0, 'list')}
              >
                <span aria-hidden="true">▶ </span>
                <span dir="auto">{title.main}</span>{' '}
                <span className="cm-cite">({t('stories.steps', { count: story.steps.length, n: locale.number(story.steps.length) })})</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
