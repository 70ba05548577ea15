/**
 * Renders a React element into happy-dom for renderer unit tests, with act() around every step.
 */
import { act, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export type Rendered = {
  readonly container: HTMLElement;
  readonly byLabel: (label: string) => HTMLElement;
  readonly click: (el: Element) => Promise<void>;
  readonly unmount: () => void;
};

/** Mounts the element in a fresh container. */
export async function render(element: ReactElement): Promise<Rendered> {
  const container = document.createElement('div');
  document.body.append(container);
  let root: Root | null = null;
  await act(async () => {
    root = createRoot(container);
    root.render(element);
  });
  return {
    container,
    byLabel: (label) => {
      const el = container.querySelector<HTMLElement>(`[aria-label="${label}"]`);
      if (!el) {
        throw new Error(`no element labelled ${label}`);
      }
      return el;
    },
    click: async (el) => {
      await act(async () => (el as HTMLElement).click());
    },
    unmount: () => {
      act(() => root?.unmount());
      container.remove();
    },
  };
}
