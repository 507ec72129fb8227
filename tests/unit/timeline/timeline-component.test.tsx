// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppStore } from '../../../src/store/create-app-store';
import { AppStoreProvider } from '../../../src/store/store-context';
import { Timeline } from '../../../src/timeline/timeline';
import { DAY, DEIR_EZ_ZOR_LIKE, makeDataset } from './timeline-dataset';

afterEach(cleanup);

function mount(lang: 'en' | 'ar' = 'en') {
  const store = createAppStore({ dataset: makeDataset(DEIR_EZ_ZOR_LIKE), lang });
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

  it('counts what the map shows, with the events that only possibly fall in the window', async () => {
    const { store } = mount();
    await frame();
    const count = document.querySelector('[data-part="count"]')!;
    expect(count.textContent).toBe('7 events in window · 20 Jan 2009 – 24 Aug 2022');
    act(() => void store.getState().setWindow({ start: Date.UTC(2016, 0, 1), end: Date.UTC(2022, 0, 1) }, 'map'));
    await frame();
    expect(count.textContent).toBe('2 events in window (1 possibly) · 1 Jan 2016 – 31 Dec 2021');
    act(() => void store.getState().setWindow(null, 'map'));
    await frame();
    expect(count.textContent).toMatch(/^\d+ events? at cursor$/);
  });
});

describe('<Timeline /> in Arabic', () => {
  it('names its controls and says its values in Arabic, with Arabic plurals', async () => {
    const { store } = mount('ar');
    await frame();
    for (const name of ['تشغيل', 'تكبير', 'تصغير', 'عرض الكل', 'تكرار', 'نافذة زمنية']) expect(screen.getByRole('button', { name })).toBeTruthy();
    const slider = screen.getByRole('slider', { name: 'مؤشر الوقت' });
    expect(slider.getAttribute('aria-valuetext')).toBe('٢٤ أغسطس ٢٠٢٢');
    expect(screen.getByRole('slider', { name: 'نهاية النافذة الزمنية' }).getAttribute('aria-valuetext')).toBe('٢٤ أغسطس ٢٠٢٢');
    const count = document.querySelector('[data-part="count"]')!;
    expect(count.textContent).toBe('٧ أحداث في النافذة · ٢٠ يناير ٢٠٠٩ – ٢٤ أغسطس ٢٠٢٢');
    act(() => void store.getState().setWindow({ start: Date.UTC(2016, 0, 1), end: Date.UTC(2022, 0, 1) }, 'map'));
    await frame();
    expect(count.textContent).toBe('حدثان في النافذة (منها حدث واحد محتمل) · ١ يناير ٢٠١٦ – ٣١ ديسمبر ٢٠٢١');
    act(() => void store.getState().setWindow({ start: Date.UTC(2022, 7, 23), end: Date.UTC(2022, 7, 24) }, 'map'));
    await frame();
    expect(count.textContent).toBe('حدثان في النافذة · ٢٣ أغسطس ٢٠٢٢ – ٢٣ أغسطس ٢٠٢٢');
    act(() => void store.getState().setWindow(null, 'map'));
    await frame();
    expect(count.textContent).toMatch(/عند مؤشر الوقت$/);
  });

  it('keeps the track left to right, and ArrowRight later, as in English', () => {
    const { store } = mount('ar');
    expect(document.querySelector('[data-part="track"]')!.getAttribute('dir')).toBe('ltr');
    const slider = screen.getByRole('slider', { name: 'مؤشر الوقت' });
    fireEvent.keyDown(slider, { key: 'Home' });
    fireEvent.keyDown(slider, { key: 'ArrowRight' });
    expect(store.getState().time).toBe(Date.UTC(2021, 5, 1));
    fireEvent.keyDown(slider, { key: 'ArrowLeft' });
    expect(store.getState().time).toBe(Date.UTC(2009, 0, 20));
  });

  it('says everything again when the language or the digits change', async () => {
    const { store } = mount();
    await frame();
    const slider = screen.getByRole('slider', { name: 'Timeline' });
    act(() => void store.getState().setLang('ar', 'list'));
    await frame();
    expect(slider.getAttribute('aria-valuetext')).toBe('٢٤ أغسطس ٢٠٢٢');
    expect(document.querySelector('[data-part="count"]')!.textContent).toMatch(/^٧ أحداث في النافذة/);
    act(() => void store.getState().setDigits('latin', 'list'));
    await frame();
    expect(slider.getAttribute('aria-valuetext')).toBe('24 أغسطس 2022');
  });
});
