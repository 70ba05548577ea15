/**
 * What kind of bytes we were given, from their first bytes: a zip (.docx), an OLE compound file
 * (old .doc, or an encrypted .docx), or something else. Reads only; decides nothing about content.
 */

/** The container kinds a Word file can come in. */
export const ContainerKind = {
  ZIP: 'zip',
  ENCRYPTED: 'encrypted',
  LEGACY_DOC: 'legacy-doc',
  OLE_OTHER: 'ole-other',
  UNKNOWN: 'unknown',
} as const;
export type ContainerKind = (typeof ContainerKind)[keyof typeof ContainerKind];

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Classifies the bytes. An OLE file holding an "EncryptedPackage" stream is a password-protected .docx. */
export function sniffContainer(bytes: Uint8Array): ContainerKind {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05)) {
    return ContainerKind.ZIP;
  }
  if (bytes.length >= 8 && OLE_MAGIC.every((b, i) => bytes[i] === b)) {
    // OLE directory entries store stream names in UTF-16LE.
    if (hasUtf16(bytes, 'EncryptedPackage') || hasUtf16(bytes, 'EncryptionInfo')) {
      return ContainerKind.ENCRYPTED;
    }
    return hasUtf16(bytes, 'WordDocument') ? ContainerKind.LEGACY_DOC : ContainerKind.OLE_OTHER;
  }
  return ContainerKind.UNKNOWN;
}

function hasUtf16(bytes: Uint8Array, word: string): boolean {
  const first = word.charCodeAt(0);
  const limit = bytes.length - word.length * 2;
  for (let i = 0; i <= limit; i += 1) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) {
      continue;
    }
    let match = true;
    for (let k = 1; k < word.length; k += 1) {
      if (bytes[i + 2 * k] !== word.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) {
        match = false;
        break;
      }
    }
    if (match) {
      return true;
    }
  }
  return false;
}
