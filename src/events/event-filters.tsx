/**
 * Filters by event kind and by actor: checkboxes named for each kind (in words, see
 * `kindLabel`) and actor (as the data writes it) of the dataset. The store turns them into
 * one mask that the map, the list and the timeline share.
 */
import { useAppStore, useAppStoreApi, useLocale } from '../store/store-context';
import { kindColor, kindLabel } from '../ui/kind-colors';

export function EventFilters() {
  const store = useAppStoreApi();
  const locale = useLocale();
  const { t } = locale;
  const index = useAppStore((s) => s.index);
  const kinds = index?.kinds;
  const actors = index?.actors;
  const shownKinds = useAppStore((s) => s.kinds);
  const shownActors = useAppStore((s) => s.actors);
  if (!index || !kinds || kinds.length === 0) return null;
  const filtered = shownKinds !== null || shownActors !== null;
  return (
    <section className="cm-filters" aria-labelledby="cm-filters-title">
      <h2 id="cm-filters-title">{t('events.filters')}</h2>
      <fieldset>
        <legend>{t('events.kind')}</legend>
        {kinds.map((kind) => (
          <label key={kind} className="cm-chip">
            <input
              type="checkbox"
              checked={shownKinds === null || shownKinds.includes(kind)}
              onChange={() => store.getState().toggleKind(kind, 'list')}
            />
            <span className="cm-kind-dot" style={{ background: kindColor(index, kind) }} aria-hidden="true" />
            <bdi>{kindLabel(locale, index, kind)}</bdi>
          </label>
        ))}
      </fieldset>
      {actors && actors.length > 0 ? (
        <fieldset>
          <legend>{t('events.actor')}</legend>
          {actors.map((actor) => (
            <label key={actor} className="cm-chip">
              <input
                type="checkbox"
                checked={shownActors === null || shownActors.includes(actor)}
                onChange={() => store.getState().toggleActor(actor, 'list')}
              />
              <bdi>{actor}</bdi>
            </label>
          ))}
        </fieldset>
      ) : null}
      {filtered ? (
        <button type="button" className="cm-button" onClick={() => store.getState().clearFilters('list')}>
          {t('events.showAll')}
        </button>
      ) : null}
    </section>
  );
}
