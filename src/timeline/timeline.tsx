/**
 * The timeline strip: a toolbar (play/pause, speed, loop, window mode, zoom) over a track that
 * draws the time axis, the event-density histogram and the event marks, with a draggable
 * cursor and window. React renders the markup and the toolbar (which changes only when
 * playback, speed, loop or the mode does); everything that moves while scrubbing or playing
 * is driven by `TimelineController` outside React. Mount it once per store, inside
 * `<AppStoreProvider>`; it also runs the playback clock. Its words are the app's language; the
 * track is a chart whose time runs left to right in every language (earlier on the left), so it
 * is laid out left to right even on a right-to-left page.
 */
import { useEffect, useRef } from 'react';
import { PLAYBACK_SPEEDS, type PlaybackSpeed } from '../store/slices/timeline-slice';
import { selectLoop, selectPlaying, selectSpeed } from '../store/selectors';
import type { Locale } from '../i18n/locale';
import { useAppStore, useAppStoreApi, useLocale } from '../store/store-context';
import { startPlaybackLoop } from './playback-loop';
import { TimelineController } from './timeline-controller';
import { FitIcon, LoopIcon, PauseIcon, PlayIcon, WindowIcon, ZoomInIcon, ZoomOutIcon } from './timeline-icons';

/**
 * What the marks claim, under the track: the drawing tells an event that lasted from one that
 * happened some time within bounds, and the key says so in words (the swatches are CSS copies
 * of the painter's marks).
 */
function MarkKey({ locale: { t } }: { locale: Locale }) {
  return (
    <ul className="cm-timeline-key" aria-label={t('timeline.key.label')}>
      <li><span className="cm-key-swatch cm-key-swatch--day" aria-hidden="true" />{t('timeline.key.day')}</li>
      <li><span className="cm-key-swatch cm-key-swatch--span" aria-hidden="true" />{t('timeline.key.span')}</li>
      <li><span className="cm-key-swatch cm-key-swatch--within" aria-hidden="true" />{t('timeline.key.within')}</li>
      <li><span className="cm-key-swatch cm-key-swatch--about" aria-hidden="true">~</span>{t('timeline.key.about')}</li>
    </ul>
  );
}

export function Timeline() {
  const store = useAppStoreApi();
  const locale = useLocale();
  const { t } = locale;
  const playing = useAppStore(selectPlaying);
  const speed = useAppStore(selectSpeed);
  const loop = useAppStore(selectLoop);
  const windowMode = useAppStore((state) => state.window !== null);
  const hasEvents = useAppStore((state) => (state.index?.eventCount ?? 0) > 0);
  const hasDataset = useAppStore((state) => state.index !== null);
  const rootRef = useRef<HTMLElement>(null);
  const controllerRef = useRef<TimelineController | null>(null);

  useEffect(() => {
    const controller = new TimelineController(store, rootRef.current!);
    controllerRef.current = controller;
    const stopPlayback = startPlaybackLoop(store);
    return () => {
      stopPlayback();
      controller.destroy();
      controllerRef.current = null;
    };
  }, [store]);

  return (
    <section className="cm-timeline" aria-label={t('timeline.label')} ref={rootRef} data-empty={hasEvents ? undefined : ''}>
      <div className="cm-timeline-bar">
        <div className="cm-timeline-group" role="group" aria-label={t('timeline.playback')}>
          <button
            type="button"
            className="cm-button cm-timeline-button cm-timeline-play"
            aria-label={playing ? t('timeline.pause') : t('timeline.play')}
            title={playing ? t('timeline.pauseTitle') : t('timeline.playTitle')}
            disabled={!hasEvents}
            onClick={() => store.getState().togglePlay('timeline')}
          >
            {playing ? <PauseIcon /> : <PlayIcon />}
          </button>
          <select
            className="cm-timeline-speed"
            aria-label={t('timeline.speed')}
            value={speed}
            onChange={(event) => store.getState().setSpeed(event.target.value as PlaybackSpeed, 'timeline')}
          >
            {PLAYBACK_SPEEDS.map((value) => (
              <option key={value} value={value}>
                {t(`timeline.speeds.${value}`)}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="cm-button cm-timeline-button"
            aria-label={t('timeline.loop')}
            title={t('timeline.loopTitle')}
            aria-pressed={loop}
            onClick={() => store.getState().setLoop(!loop, 'timeline')}
          >
            <LoopIcon />
          </button>
          <button
            type="button"
            className="cm-button cm-timeline-button cm-timeline-mode"
            aria-pressed={windowMode}
            title={t('timeline.windowTitle')}
            disabled={!hasEvents}
            onClick={() => controllerRef.current?.toggleWindowMode()}
          >
            <WindowIcon />
            <span>{t('timeline.window')}</span>
          </button>
        </div>
        <p className="cm-timeline-readout">
          <span className="cm-timeline-date" data-part="date" />
          <span className="cm-timeline-count" data-part="count" />
        </p>
        <div className="cm-timeline-group" role="group" aria-label={t('timeline.zoom')}>
          <button type="button" className="cm-button cm-timeline-button" aria-label={t('timeline.zoomOut')} title={t('timeline.zoomOutTitle')} disabled={!hasEvents} onClick={() => controllerRef.current?.zoomOut()}>
            <ZoomOutIcon />
          </button>
          <button type="button" className="cm-button cm-timeline-button" aria-label={t('timeline.zoomIn')} title={t('timeline.zoomInTitle')} disabled={!hasEvents} onClick={() => controllerRef.current?.zoomIn()}>
            <ZoomInIcon />
          </button>
          <button type="button" className="cm-button cm-timeline-button" aria-label={t('timeline.fit')} title={t('timeline.fitTitle')} disabled={!hasEvents} onClick={() => controllerRef.current?.fit()}>
            <FitIcon />
          </button>
        </div>
      </div>
      {/* Left to right in every language: a chart's axis, shared with the histogram and the window. */}
      <div className="cm-timeline-track" data-part="track" dir="ltr">
        <canvas className="cm-timeline-canvas" data-part="base" aria-hidden="true" />
        <div className="cm-timeline-shade" data-part="shade-before" hidden={!windowMode} />
        <div className="cm-timeline-shade" data-part="shade-after" hidden={!windowMode} />
        <div className="cm-timeline-window-band" data-part="window-band" hidden={!windowMode} />
        <canvas className="cm-timeline-canvas" data-part="highlight" aria-hidden="true" />
        {/* The cursor comes first in tab order; it and the window parts never overlap. */}
        <div className="cm-timeline-cursor" data-part="cursor" role="slider" tabIndex={0} aria-label={t('timeline.cursor')} aria-orientation="horizontal" aria-keyshortcuts="ArrowLeft ArrowRight Shift+ArrowLeft Shift+ArrowRight PageUp PageDown Home End Space">
          <span className="cm-timeline-knob" />
        </div>
        <div className="cm-timeline-window-bar" data-part="window-bar" hidden={!windowMode} />
        <div className="cm-timeline-edge" data-part="window-start" data-edge="start" role="slider" tabIndex={0} aria-label={t('timeline.windowStart')} aria-orientation="horizontal" hidden={!windowMode} />
        <div className="cm-timeline-edge" data-part="window-end" data-edge="end" role="slider" tabIndex={0} aria-label={t('timeline.windowEnd')} aria-orientation="horizontal" hidden={!windowMode} />
        {/* Placed on the left-to-right track, but its words read in the interface's direction. */}
        <div className="cm-timeline-tooltip" data-part="tooltip" dir={locale.dir} aria-hidden="true" hidden />
      </div>
      {/* With no events the track (kept for its controller) is hidden: no axis of made-up years, no slider at 1970. */}
      {hasEvents ? <MarkKey locale={locale} /> : <p className="cm-timeline-empty">{hasDataset ? t('timeline.noDatedEvents') : t('timeline.noEvents')}</p>}
    </section>
  );
}
