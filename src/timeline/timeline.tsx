/**
 * The timeline strip: a toolbar (play/pause, speed, loop, window mode, zoom) over a track that
 * draws the time axis, the event-density histogram and the event marks, with a draggable
 * cursor and window. React renders the markup and the toolbar (which changes only when
 * playback, speed, loop or the mode does); everything that moves while scrubbing or playing
 * is driven by `TimelineController` outside React. Mount it once per store, inside
 * `<AppStoreProvider>`; it also runs the playback clock.
 */
import { useEffect, useRef } from 'react';
import { PLAYBACK_SPEEDS, type PlaybackSpeed } from '../store/slices/timeline-slice';
import { selectLoop, selectPlaying, selectSpeed } from '../store/selectors';
import { useAppStore, useAppStoreApi } from '../store/store-context';
import { startPlaybackLoop } from './playback-loop';
import { TimelineController } from './timeline-controller';
import { FitIcon, LoopIcon, PauseIcon, PlayIcon, WindowIcon, ZoomInIcon, ZoomOutIcon } from './timeline-icons';

const SPEED_LABELS: Readonly<Record<PlaybackSpeed, string>> = {
  day: 'Day per second',
  week: 'Week per second',
  month: 'Month per second',
};

/**
 * What the marks claim, under the track: the drawing tells an event that lasted from one that
 * happened some time within bounds, and the key says so in words (the swatches are CSS copies
 * of the painter's marks).
 */
function MarkKey() {
  return (
    <ul className="cm-timeline-key" aria-label="Timeline key">
      <li><span className="cm-key-swatch cm-key-swatch--day" aria-hidden="true" />on that day</li>
      <li><span className="cm-key-swatch cm-key-swatch--span" aria-hidden="true" />lasted from … to …</li>
      <li><span className="cm-key-swatch cm-key-swatch--within" aria-hidden="true" />some time within (month, year or bounds)</li>
      <li><span className="cm-key-swatch cm-key-swatch--about" aria-hidden="true">~</span>approximate date</li>
    </ul>
  );
}

export function Timeline() {
  const store = useAppStoreApi();
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
    <section className="cm-timeline" aria-label="Event timeline" ref={rootRef} data-empty={hasEvents ? undefined : ''}>
      <div className="cm-timeline-bar">
        <div className="cm-timeline-group" role="group" aria-label="Playback">
          <button
            type="button"
            className="cm-button cm-timeline-button cm-timeline-play"
            aria-label={playing ? 'Pause' : 'Play'}
            title={playing ? 'Pause (Space)' : 'Play (Space)'}
            disabled={!hasEvents}
            onClick={() => store.getState().togglePlay('timeline')}
          >
            {playing ? <PauseIcon /> : <PlayIcon />}
          </button>
          <select
            className="cm-timeline-speed"
            aria-label="Playback speed"
            value={speed}
            onChange={(event) => store.getState().setSpeed(event.target.value as PlaybackSpeed, 'timeline')}
          >
            {PLAYBACK_SPEEDS.map((value) => (
              <option key={value} value={value}>
                {SPEED_LABELS[value]}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="cm-button cm-timeline-button"
            aria-label="Loop"
            title="Loop playback"
            aria-pressed={loop}
            onClick={() => store.getState().setLoop(!loop, 'timeline')}
          >
            <LoopIcon />
          </button>
          <button
            type="button"
            className="cm-button cm-timeline-button cm-timeline-mode"
            aria-pressed={windowMode}
            title="Window mode: show a range of time instead of one instant"
            disabled={!hasEvents}
            onClick={() => controllerRef.current?.toggleWindowMode()}
          >
            <WindowIcon />
            <span>Window</span>
          </button>
        </div>
        <p className="cm-timeline-readout">
          <span className="cm-timeline-date" data-part="date" />
          <span className="cm-timeline-count" data-part="count" />
        </p>
        <div className="cm-timeline-group" role="group" aria-label="Timeline zoom">
          <button type="button" className="cm-button cm-timeline-button" aria-label="Zoom out" title="Zoom out (−)" disabled={!hasEvents} onClick={() => controllerRef.current?.zoomOut()}>
            <ZoomOutIcon />
          </button>
          <button type="button" className="cm-button cm-timeline-button" aria-label="Zoom in" title="Zoom in (+)" disabled={!hasEvents} onClick={() => controllerRef.current?.zoomIn()}>
            <ZoomInIcon />
          </button>
          <button type="button" className="cm-button cm-timeline-button" aria-label="Fit all" title="Show all events" disabled={!hasEvents} onClick={() => controllerRef.current?.fit()}>
            <FitIcon />
          </button>
        </div>
      </div>
      <div className="cm-timeline-track" data-part="track">
        <canvas className="cm-timeline-canvas" data-part="base" aria-hidden="true" />
        <div className="cm-timeline-shade" data-part="shade-before" hidden={!windowMode} />
        <div className="cm-timeline-shade" data-part="shade-after" hidden={!windowMode} />
        <div className="cm-timeline-window-band" data-part="window-band" hidden={!windowMode} />
        <canvas className="cm-timeline-canvas" data-part="highlight" aria-hidden="true" />
        {/* The cursor comes first in tab order; it and the window parts never overlap. */}
        <div className="cm-timeline-cursor" data-part="cursor" role="slider" tabIndex={0} aria-label="Timeline" aria-orientation="horizontal" aria-keyshortcuts="ArrowLeft ArrowRight Shift+ArrowLeft Shift+ArrowRight PageUp PageDown Home End Space">
          <span className="cm-timeline-knob" />
        </div>
        <div className="cm-timeline-window-bar" data-part="window-bar" hidden={!windowMode} />
        <div className="cm-timeline-edge" data-part="window-start" data-edge="start" role="slider" tabIndex={0} aria-label="Window start" aria-orientation="horizontal" hidden={!windowMode} />
        <div className="cm-timeline-edge" data-part="window-end" data-edge="end" role="slider" tabIndex={0} aria-label="Window end" aria-orientation="horizontal" hidden={!windowMode} />
        <div className="cm-timeline-tooltip" data-part="tooltip" aria-hidden="true" hidden />
      </div>
      {/* With no events the track (kept for its controller) is hidden: no axis of made-up years, no slider at 1970. */}
      {hasEvents ? <MarkKey /> : <p className="cm-timeline-empty">{hasDataset ? 'This dataset has no dated events.' : 'No events loaded.'}</p>}
    </section>
  );
}
