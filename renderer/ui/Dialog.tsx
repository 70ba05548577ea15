/**
 * A modal dialog: labelled, closes on Escape, focus starts inside.
 */
import { useEffect, useRef, type ReactElement, type ReactNode } from 'react';

export type DialogProps = {
  readonly title: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
  readonly wide?: boolean;
};

/** A modal over the app. */
export function Dialog(props: DialogProps): ReactElement {
  const ref = useRef<HTMLDivElement>(null);
  const { onClose } = props;
  useEffect(() => {
    const first = ref.current?.querySelector<HTMLElement>('input, select, textarea, button');
    first?.focus();
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') {
        onClose();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div className="modal-backdrop">
      <div ref={ref} className={`modal${props.wide ? ' modal--wide' : ''}`} role="dialog" aria-modal="true" aria-label={props.title}>
        <h2 className="modal__title">{props.title}</h2>
        {props.children}
      </div>
    </div>
  );
}
