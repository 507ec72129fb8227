// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppStore } from '../../../src/store/create-app-store';
import { AppStoreProvider, useAppStore, useAppStoreApi } from '../../../src/store/store-context';

afterEach(cleanup);

function TimeLabel({ label }: { label: string }) {
  const time = useAppStore((state) => state.time);
  return <output aria-label={label}>{time}</output>;
}

function StepButton() {
  const store = useAppStoreApi();
  return (
    <button type="button" onClick={() => store.getState().setTime(store.getState().time + 1, 'timeline')}>
      step
    </button>
  );
}

describe('store context', () => {
  it('gives each provider its own store and re-renders readers on change', () => {
    const shared = createAppStore({ time: 100 });
    render(
      <>
        <AppStoreProvider store={shared}>
          <TimeLabel label="first" />
          <StepButton />
        </AppStoreProvider>
        <AppStoreProvider init={{ time: 7 }}>
          <TimeLabel label="second" />
        </AppStoreProvider>
      </>,
    );
    expect(screen.getByLabelText('first').textContent).toBe('100');
    expect(screen.getByLabelText('second').textContent).toBe('7');
    act(() => screen.getByRole('button').click());
    expect(screen.getByLabelText('first').textContent).toBe('101');
    expect(shared.getState().lastChangeOrigin).toBe('timeline');
    expect(screen.getByLabelText('second').textContent).toBe('7');
  });

  it('throws a clear error outside a provider', () => {
    const quiet = console.error;
    console.error = () => {};
    try {
      expect(() => render(<TimeLabel label="orphan" />)).toThrow(/AppStoreProvider/);
    } finally {
      console.error = quiet;
    }
  });
});
