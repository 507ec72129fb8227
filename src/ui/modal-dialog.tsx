/**
 * A modal dialog on the native `<dialog>` with `showModal()`: focus stays inside and the page
 * behind is inert, Escape and a click on the backdrop close it, and focus goes back to the
 * control that opened it. The header holds the title and a Close button; the body is the
 * caller's. Used by the Share / Embed and Download image dialogs.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';

export interface ModalDialogProps {
  title: string;
  closeLabel: string;
  onClose: () => void;
  className?: string;
  /** Focus the Close button when opened (else the first control that asks with `autoFocus`). */
  focusClose?: boolean;
  children: ReactNode;
}

export function ModalDialog({ title, closeLabel, onClose, className, focusClose = false, children }: ModalDialogProps) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current!;
    // The opener, read from the dialog's own root: inside <conflict-map> the document only sees the host element.
    const root = element.getRootNode() as Document | ShadowRoot;
    const opener = root.activeElement instanceof HTMLElement ? root.activeElement : null;
    element.showModal();
    return () => {
      if (element.open) element.close();
      opener?.focus();
    };
  }, []);
  return (
    <dialog
      ref={dialog}
      className={className === undefined ? 'cm-dialog' : `cm-dialog ${className}`}
      aria-labelledby={`${id}-title`}
      // Escape closes a modal dialog natively; the app forgets it then.
      onClose={onClose}
      // A click on the backdrop reaches the dialog element itself, outside its body.
      onClick={(e) => e.target === e.currentTarget && onClose()}
    >
      <div className="cm-dialog-body">
        <header className="cm-dialog-header">
          <h2 id={`${id}-title`}>{title}</h2>
          <button type="button" className="cm-button" onClick={onClose} autoFocus={focusClose}>
            {closeLabel}
          </button>
        </header>
        {children}
      </div>
    </dialog>
  );
}
