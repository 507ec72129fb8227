/**
 * The story player: the step being played over the map — the story's title, "3 of 8", the
 * step's title and text (plain text, in the data's direction), Previous and Next, the list of
 * steps, and a way out. Arrow keys move between steps while the player has focus (or nothing
 * else does), in the reading direction: → is Next in English, ← in Arabic; a horizontal swipe
 * does the same. Each step is announced politely. What a step shows is applied elsewhere
 * (app/play-story): this only moves the store's position.
 */
import { useEffect, useRef, type KeyboardEvent as ReactKeyboardEvent, type PointerEvent as ReactPointerEvent } from 'react';
import type { AppStore } from '../store/create-app-store';
import { selectPlayingStory } from '../store/slices/story-slice';
import { useAppStore, useAppStoreApi, useLocale } from '../store/store-context';
import { localizedText } from '../ui/localized-text';

/** A swipe: this far sideways, and mostly sideways. */
const SWIPE_PX = 50;

/** +1 (next), -1 (previous) or 0 for a key, in the reading direction. */
function keyStep(key: string, dir: 'ltr' | 'rtl'): number {
  const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const back = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  return key === forward ? 1 : key === back ? -1 : 0;
}

/** One step on (+1) or back (-1) in the story being played. */
function moveStory(store: AppStore, delta: number): void {
  const position = store.getState().story;
  if (position !== null) store.getState().goToStep(position.step + delta, 'story');
}

export function StoryPlayer() {
  const store = useAppStoreApi();
  const locale = useLocale();
  const { t } = locale;
  // Two stable values, not one object made per call (which would re-render without end).
  const position = useAppStore((s) => s.story);
  const dataset = useAppStore((s) => s.dataset);
  const playing = selectPlayingStory({ story: position, dataset });
  const swipe = useRef<{ x: number; y: number } | null>(null);
  const region = useRef<HTMLElement>(null);

  const move = (delta: number) => moveStory(store, delta);
  const active = playing !== null;

  // Arrow keys also work when nothing has focus (the page itself), as in a slideshow.
  useEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent) => {
      const owner = region.current?.getRootNode() as Document | ShadowRoot | undefined;
      const focused = owner?.activeElement ?? null;
      if (focused !== null && focused !== document.body) return;
      const delta = keyStep(event.key, locale.dir);
      if (delta === 0) return;
      event.preventDefault();
      moveStory(store, delta);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [store, active, locale.dir]);

  if (playing === null) return null;
  const { story, step } = playing;
  const current = story.steps[step]!;
  const count = story.steps.length;
  const storyTitle = localizedText(locale, story.title, story.title_ar);
  const stepTitle = localizedText(locale, current.title, current.title_ar);
  const stepText = localizedText(locale, current.text, current.text_ar);
  const numbers = { step: locale.number(step + 1), count: locale.number(count) };

  const onKeyDown = (event: ReactKeyboardEvent) => {
    const target = event.target as HTMLElement;
    if (target.closest('input, textarea, select, summary')) return;
    if (event.key === 'Escape') {
      store.getState().leaveStory('story');
      return;
    }
    const delta = keyStep(event.key, locale.dir);
    if (delta === 0) return;
    event.preventDefault();
    move(delta);
  };
  const onPointerDown = (event: ReactPointerEvent) => {
    swipe.current = { x: event.clientX, y: event.clientY };
  };
  const onPointerUp = (event: ReactPointerEvent) => {
    const start = swipe.current;
    swipe.current = null;
    if (start === null) return;
    const dx = event.clientX - start.x;
    if (Math.abs(dx) < SWIPE_PX || Math.abs(event.clientY - start.y) > Math.abs(dx) / 2) return;
    // Swiping the card away towards the reading start brings the next step, as turning a page.
    const towardsStart = locale.dir === 'rtl' ? dx > 0 : dx < 0;
    move(towardsStart ? 1 : -1);
  };

  return (
    <section
      ref={region}
      className="cm-story"
      aria-label={t('stories.player', { title: storyTitle.main })}
      aria-keyshortcuts="ArrowLeft ArrowRight Escape"
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerUp={onPointerUp}
    >
      <div className="cm-story-head">
        <h2 dir="auto">{storyTitle.main}</h2>
        <span className="cm-story-count">{t('stories.stepOf', numbers)}</span>
        <button type="button" className="cm-button cm-close" aria-label={t('stories.leave')} title={t('stories.leave')} onClick={() => store.getState().leaveStory('story')}>
          ×
        </button>
      </div>
      <h3 dir="auto">{stepTitle.main}</h3>
      {stepText.main === '' ? null : <p dir="auto">{stepText.main}</p>}
      <div className="cm-story-nav" role="group" aria-label={t('stories.stepNavigation')}>
        <button type="button" className="cm-button" disabled={step === 0} onClick={() => move(-1)}>
          {t('stories.previous')}
        </button>
        <button
          type="button"
          className="cm-button cm-story-next"
          onClick={() => (step === count - 1 ? store.getState().leaveStory('story') : move(1))}
        >
          {step === count - 1 ? t('stories.finish') : t('stories.next')}
        </button>
      </div>
      <details className="cm-story-steps">
        <summary>{t('stories.allSteps')}</summary>
        <ol>
          {story.steps.map((item, i) => (
            <li key={i}>
              <button type="button" className="cm-link-button" aria-current={i === step ? 'step' : undefined} onClick={() => store.getState().goToStep(i, 'story')}>
                <span dir="auto">{localizedText(locale, item.title, item.title_ar).main}</span>
              </button>
            </li>
          ))}
        </ol>
      </details>
      <p className="cm-visually-hidden" aria-live="polite">
        {t('stories.announce', { ...numbers, title: stepTitle.main })}
      </p>
      <p className="cm-story-keys">{t('stories.keys')}</p>
    </section>
  );
}
