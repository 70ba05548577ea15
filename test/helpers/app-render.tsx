/**
 * Test helper: the whole App on a fake host through @testing-library/react, driven by user-event (clicks,
 * typing, keys) the way a person uses it. Timers are vitest's fake ones that still advance, so that autosave
 * delays can be skipped with `advance`.
 */
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { vi } from 'vitest';
import type { HostApi } from '../../electron/common/host-api';
import { App } from '../../renderer/app/App';
import { HostProvider } from '../../renderer/app/context/host-context';

let current: UserEvent | null = null;

/** The user of the current test (made by `mountApp`). */
export function user(): UserEvent {
  if (current === null) {
    throw new Error('mountApp first');
  }
  return current;
}

/** Fake timers that still advance, a user-event user bound to them, and the app rendered on `host`; waits for the host's first answers. */
export async function mountApp(host: HostApi): Promise<void> {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  current = userEvent.setup({ advanceTimers: vi.advanceTimersByTime.bind(vi) });
  render(
    <HostProvider host={host}>
      <App />
    </HostProvider>,
  );
  await act(async () => {
    await Promise.resolve();
  });
}

/** Unmounts and restores real timers (for afterEach). */
export function unmountApp(): void {
  cleanup();
  current = null;
  vi.useRealTimers();
}

/** The element with this aria-label (exact). */
export function byLabel(label: string): HTMLElement {
  return screen.getByLabelText(label, { selector: '*' });
}

/** The first button whose text holds `text` (a template card's button also shows its description). */
export function buttonText(text: string): HTMLElement {
  const button = screen.getAllByRole('button').find((b) => b.textContent?.includes(text));
  if (!button) {
    throw new Error(`no button ${text}`);
  }
  return button;
}

/** Opens the sheet field behind the edit button labelled `editLabel` (waiting for it to show), replaces its text ("\n" as Enter) and leaves it, which commits. */
export async function editField(editLabel: string, fieldLabel: string, value: string): Promise<void> {
  await user().click(await screen.findByLabelText(editLabel, { selector: '*' }));
  const field = byLabel(fieldLabel);
  await user().clear(field);
  await user().type(field, value.replace(/\n/g, '{Enter}'));
  await user().tab();
}

/** Ctrl+S, as typed. */
export async function ctrlS(): Promise<void> {
  await user().keyboard('{Control>}s{/Control}');
}

/** Lets `ms` of fake time pass (autosave delays). */
export async function advance(ms: number): Promise<void> {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}
