/**
 * Skip links, the first stops in the tab order: to the map, the timeline, the events and the
 * source reader, so a keyboard user need not Tab through the toolbar and the lists to reach
 * them. Each moves focus to the part's own keyboard control (the map canvas, the timeline
 * slider, the current or first event, the reader). Links act by script rather than by
 * fragment, which does not reach into the shadow root of <conflict-map>.
 */
import type { MouseEvent } from 'react';
import { useLocale } from '../store/store-context';

const TARGETS: { part: 'map' | 'timeline' | 'events' | 'source'; selectors: string[] }[] = [
  { part: 'map', selectors: ['.maplibregl-canvas', '.cm-map-area'] },
  { part: 'timeline', selectors: ['.cm-timeline [data-part="cursor"]'] },
  { part: 'events', selectors: ['.cm-events button[aria-current="true"]', '.cm-events-scroller button', '.cm-events'] },
  { part: 'source', selectors: ['.cm-article', '.cm-reader'] },
];

function focusPart(event: MouseEvent<HTMLAnchorElement>, selectors: string[]): void {
  event.preventDefault();
  const app = event.currentTarget.closest('.cm-app');
  for (const selector of selectors) {
    const target = app?.querySelector<HTMLElement>(selector);
    if (!target) continue;
    // Containers become focusable for this one move; controls already are.
    if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.tabIndex = -1;
    target.focus();
    target.scrollIntoView({ block: 'nearest' });
    return;
  }
}

export function SkipLinks() {
  const { t } = useLocale();
  return (
    <nav className="cm-skip-links" aria-label={t('app.skip.label')}>
      {TARGETS.map(({ part, selectors }) => (
        <a key={part} href="#" onClick={(event) => focusPart(event, selectors)}>
          {t(`app.skip.${part}`)}
        </a>
      ))}
    </nav>
  );
}
