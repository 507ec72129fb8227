/**
 * "Open full map" in an embed: a link to the full app that carries the embed's current
 * state (time, window, selection, filters, camera, theme, language, dataset). The href is
 * computed when the link is about to be used, so scrubbing never re-renders it.
 */
import type { MouseEvent, FocusEvent } from 'react';
import { useAppStoreApi, useLocale } from '../store/store-context';
import { describeState } from './url-sync';
import { serializeUrlState, type MapView } from './url-state';

interface Props {
  fullAppUrl?: string;
  dataUrl: () => string | undefined;
  view: () => MapView | undefined;
}

export function OpenFullMapLink({ fullAppUrl, dataUrl, view }: Props) {
  const store = useAppStoreApi();
  const { t } = useLocale();
  const base = fullAppUrl ?? `${window.location.origin}${window.location.pathname}`;
  const refresh = (event: MouseEvent<HTMLAnchorElement> | FocusEvent<HTMLAnchorElement>) => {
    event.currentTarget.href = `${base}${serializeUrlState(describeState(store.getState(), view(), dataUrl()))}`;
  };
  return (
    <a
      className="cm-open-full"
      href={base}
      target="_blank"
      rel="noopener"
      onMouseEnter={refresh}
      onFocus={refresh}
      onMouseDown={refresh}
    >
      {t('app.openFullMap')}
    </a>
  );
}
