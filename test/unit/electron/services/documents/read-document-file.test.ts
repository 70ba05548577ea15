import { describe, expect, it } from 'vitest';
import { readDocumentBytes } from '../../../../../electron/services/documents/read-document-file';
import { oleWithStream } from '../../../../helpers/docx-fixtures-hostile';

async function failure(name: string, bytes: Uint8Array): Promise<{ code: string; message: string } | 'ok'> {
  const read = await readDocumentBytes(name, bytes);
  return read.ok ? 'ok' : { code: read.error.code, message: read.error.message };
}

describe('reading documents from bytes', () => {
  it('tells a password-protected .docx from an old .doc, although both are OLE files', async () => {
    expect(await failure('ke-hoach.docx', oleWithStream('EncryptedPackage'))).toEqual({
      code: 'docx/encrypted',
      message: 'Tệp "ke-hoach.docx" được đặt mật khẩu (mã hóa); hãy gỡ mật khẩu trong Word rồi mở lại.',
    });
    expect(await failure('cu.doc', oleWithStream('WordDocument'))).toEqual({
      code: 'docx/legacy-doc',
      message: 'Tệp "cu.doc" là định dạng Word cũ (.doc); hãy mở bằng Word và lưu thành .docx rồi thử lại.',
    });
  });

  it('refuses unknown extensions and empty text with Vietnamese reasons', async () => {
    expect(await failure('anh.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toEqual({ code: 'docx/unsupported', message: 'Không mở được "anh.png": chỉ hỗ trợ tệp .kehoach, .txt và .docx.' });
    expect(await failure('trong.txt', new TextEncoder().encode('  \n\n'))).toEqual({ code: 'file/empty', message: 'Tệp "trong.txt" không có nội dung.' });
  });
});
