import { describe, expect, it } from 'vitest';
import { commandForKey } from '../../../../renderer/app/hooks/use-commands';

const key = (k: string, mods: { ctrl?: boolean; shift?: boolean; alt?: boolean; meta?: boolean } = {}) => ({
  key: k,
  ctrlKey: mods.ctrl ?? false,
  shiftKey: mods.shift ?? false,
  altKey: mods.alt ?? false,
  metaKey: mods.meta ?? false,
});

describe('commandForKey', () => {
  it('maps Ctrl+N, O, S, Shift+S, E, P (and Cmd on macOS) to the menu commands', () => {
    const keys = [key('n', { ctrl: true }), key('o', { ctrl: true }), key('s', { ctrl: true }), key('S', { ctrl: true, shift: true }), key('e', { ctrl: true }), key('p', { meta: true })];
    expect(keys.map(commandForKey)).toEqual(['new', 'open', 'save', 'save-as', 'export', 'print']);
  });

  it('leaves plain typing, Ctrl+B and AltGr combinations to the editor', () => {
    expect([key('s'), key('b', { ctrl: true }), key('s', { ctrl: true, alt: true })].map(commandForKey)).toEqual([null, null, null]);
  });
});
