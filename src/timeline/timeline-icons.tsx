/** The timeline toolbar's icons: small inline SVGs in `currentColor`, hidden from assistive tech (the buttons carry names). */
import type { ReactNode } from 'react';

function Icon({ children }: { children: ReactNode }) {
  return (
    <svg className="cm-timeline-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

export const PlayIcon = () => (
  <Icon>
    <path d="M4 2.5v11l9-5.5z" fill="currentColor" />
  </Icon>
);

export const PauseIcon = () => (
  <Icon>
    <path d="M3.5 2.5h3v11h-3zM9.5 2.5h3v11h-3z" fill="currentColor" />
  </Icon>
);

export const LoopIcon = () => (
  <Icon>
    <path d="M3 8a4.5 4.5 0 0 1 7.7-3.2M13 8a4.5 4.5 0 0 1-7.7 3.2" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
    <path d="M11.8 1.8v3.4H8.4M4.2 14.2v-3.4h3.4" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
  </Icon>
);

export const WindowIcon = () => (
  <Icon>
    <path d="M2.5 3v10M13.5 3v10" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
    <rect x="4.5" y="5.5" width="7" height="5" rx="1" fill="currentColor" opacity="0.55" />
  </Icon>
);

export const ZoomInIcon = () => (
  <Icon>
    <path d="M8 3v10M3 8h10" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
  </Icon>
);

export const ZoomOutIcon = () => (
  <Icon>
    <path d="M3 8h10" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
  </Icon>
);

export const FitIcon = () => (
  <Icon>
    <path d="M1.5 8h13M4.5 5l-3 3 3 3M11.5 5l3 3-3 3" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
  </Icon>
);
