// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppStore } from '../../../src/store/create-app-store';
import { AppStoreProvider } from '../../../src/store/store-context';
import { Timeline } from '../../../src/timeline/timeline';
import { DAY, DEIR_EZ_ZOR_LIKE, makeDataset } from './timeline-dataset';

afterEach(cleanup);

function mount() {
  const store = createAppStore({ dataset: makeDataset(DEIR_EZ_ZOR_LIKE) });
  let commits = 0;
  render(
    <AppStoreProvider store={store}>
      <Profiler id="timeline" onRender={() => commits++}>
        <Timeline />
      </Profiler>
    </AppStoreProvider>,
  );
  return { store, commits: () => commits };
}

/** Lets the controller's animation frame run. */
async function frame(): Promise<void> {
  await act(() => new Promise<void>((done) => requestAnimationFrame(() => done())));
}

describe('<Timeline />', () => {
  it('names its controls for assistive tech', () => {
    mount();
    for (const name of ['Play', 'Zoom in', 'Zoom out', 'Fit all', 'Loop', 'Window']) expect(screen.getByRole('button', { name })).toBeTruthy();
    const speed = screen.getByRole('combobox', { name: 'Playback speed' });
    expect(Array.from((speed as HTMLSelectElement).options, (o) => o.textContent)).toEqual(['Day per second', 'Week per second', 'Month per second']);
    expect(screen.getByRole('slider', { name: 'Timeline' })).toBeTruthy();
    expect(screen.getByRole('slider', { name: 'Window start' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Window' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('moves the cursor slider from the store without re-rendering React', async () => {
    const { store, commits } = mount();
    await frame();
    const slider = screen.getByRole('slider', { name: 'Timeline' });
    expect(slider.getAttribute('aria-valuetext')).toBe('24 August 2022');
    const before = commits();
    for (let i = 1; i <= 30; i++) act(() => void store.getState().setTime(Date.UTC(2022, 0, 1) + i * DAY, 'map'));
    await frame();
    expect(slider.getAttribute('aria-valuetext')).toBe('31 January 2022');
    expect(slider.getAttribute('aria-valuenow')).toBe(String(Date.UTC(2022, 0, 31)));
    act(() => void store.getState().setWindow({ start: Date.UTC(2021, 0, 1), end: Date.UTC(2022, 0, 1) }, 'map'));
    await frame();
    expect(screen.getByRole('slider', { name: 'Window end' }).getAttribute('aria-valuetext')).toBe('31 December 2021');
    expect(commits()).toBe(before);
  });

  it('plays and pauses from the keyboard and the button, tagging the origin', async () => {
    const { store } = mount();
    const slider = screen.getByRole('slider', { name: 'Timeline' });
    fireEvent.keyDown(slider, { key: ' ' });
    expect(store.getState().playing).toBe(true);
    expect(store.getState().lastChangeOrigin).toBe('keyboard');
    expect(screen.getByRole('button', { name: 'Pause' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(store.getState().playing).toBe(false);
    expect(store.getState().lastChangeOrigin).toBe('timeline');
  });

  it('steps between events with the arrow keys and sets speed and loop', () => {
    const { store } = mount();
    const slider = screen.getByRole('slider', { name: 'Timeline' });
    fireEvent.keyDown(slider, { key: 'Home' });
    expect(store.getState().time).toBe(Date.UTC(2009, 0, 20));
    fireEvent.keyDown(slider, { key: 'ArrowRight' });
    expect(store.getState().time).toBe(Date.UTC(2021, 5, 1));
    fireEvent.change(screen.getByRole('combobox', { name: 'Playback speed' }), { target: { value: 'month' } });
    expect(store.getState().speed).toBe('month');
    fireEvent.click(screen.getByRole('button', { name: 'Loop' }));
    expect(store.getState().loop).toBe(true);
    expect(screen.getByRole('button', { name: 'Loop' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('switches to cursor mode and back, hiding the window edges in cursor mode', () => {
    const { store } = mount();
    const extent = store.getState().window;
    fireEvent.click(screen.getByRole('button', { name: 'Window' }));
    expect(store.getState().window).toBeNull();
    expect(screen.queryByRole('slider', { name: 'Window start' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Window' }));
    expect(store.getState().window).toEqual(extent);
  });

  it('moves a window edge a day with the arrow keys', () => {
    const { store } = mount();
    const start = store.getState().window!.start;
    fireEvent.keyDown(screen.getByRole('slider', { name: 'Window start' }), { key: 'ArrowRight' });
    expect(store.getState().window!.start).toBe(start + DAY);
  });
});
