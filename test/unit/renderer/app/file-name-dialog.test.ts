import { describe, expect, it } from 'vitest';
import { withExtension } from '../../../../renderer/app/components/FileNameDialog';

describe('the typed file name', () => {
  it('gets the extension when it lacks it, and keeps it once', () => {
    expect([withExtension('ke-hoach-2026', 'docx'), withExtension('ke-hoach-2026.docx', 'docx'), withExtension('KH.DOCX', 'docx')]).toEqual([
      'ke-hoach-2026.docx',
      'ke-hoach-2026.docx',
      'KH.DOCX',
    ]);
  });

  it('has no folders or reserved characters, and is NFC', () => {
    expect(withExtension('../Kế hoạch: 2026?'.normalize('NFD'), 'kehoach')).toBe('..-Kế hoạch- 2026-.kehoach');
  });

  it('is refused when nothing is typed', () => {
    expect([withExtension('   ', 'docx'), withExtension('.docx', 'docx')]).toEqual([null, null]);
  });
});
