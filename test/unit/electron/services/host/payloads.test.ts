import { describe, expect, it } from 'vitest';
import { HOST_VERBS } from '../../../../../electron/common/host-api';
import { isHostVerb, validatePayload, VERB_PAYLOADS } from '../../../../../electron/services/host/payloads';
import { samplePlan } from '../../../../helpers/shell-fixtures';

const okOf = (verb: Parameters<typeof validatePayload>[0], raw: unknown): boolean => validatePayload(verb, raw).ok;

describe('verb payloads', () => {
  it('has a schema for exactly the contract verbs', () => {
    expect(Object.keys(VERB_PAYLOADS).sort()).toEqual([...HOST_VERBS].sort());
  });

  it('accepts the payloads the renderer sends', () => {
    expect([
      okOf('listTemplates', undefined),
      okOf('getSettings', {}),
      okOf('newFromTemplate', { templateId: 'ke-hoach-nam' }),
      okOf('openDocument', {}),
      okOf('openDocument', { path: '/home/u/a.kehoach' }),
      okOf('openDocument', { upload: { name: 'a.txt', base64: 'S+G6vw==' } }),
      okOf('saveDocument', { path: null, saveAs: false, document: samplePlan(), suggestedName: 'ke-hoach' }),
      okOf('saveFile', { suggestedName: 'a.docx', base64: '', filter: 'docx' }),
      okOf('autosave', { sessionId: 's_1-a', title: 'Kế hoạch', path: null, document: samplePlan() }),
      okOf('setTitle', { title: 't', dirty: false }),
    ]).toEqual(Array(10).fill(true));
  });

  it('refuses extra keys, wrong types, unsafe ids and malformed documents', () => {
    expect([
      okOf('getSettings', { extra: 1 }),
      okOf('newFromTemplate', { templateId: '../x' }),
      okOf('openDocument', { path: '/a', upload: { name: 'a', base64: '' } }),
      okOf('openDocument', { path: '/a\0b' }),
      okOf('openDocument', { upload: { name: 'a.txt', base64: 'not base64!' } }),
      okOf('saveDocument', { path: null, saveAs: 'yes', document: samplePlan(), suggestedName: 'x' }),
      okOf('saveDocument', { path: null, saveAs: false, document: { ...samplePlan(), body: 'x' }, suggestedName: 'x' }),
      okOf('saveFile', { suggestedName: 'a', base64: '', filter: 'exe' }),
      okOf('restoreRecovery', { id: '../../settings' }),
      okOf('setTitle', { title: 'x'.repeat(1001), dirty: true }),
      okOf('setTitle', null),
    ]).toEqual(Array(11).fill(false));
  });

  it('names the bad field in Vietnamese', () => {
    expect(validatePayload('setTitle', { title: 1, dirty: true })).toEqual({
      ok: false,
      error: { code: 'ipc/invalid-payload', message: 'Yêu cầu "setTitle" có dữ liệu không hợp lệ (tại title).' },
    });
  });

  it('knows verbs from other strings, including inherited names', () => {
    expect([isHostVerb('autosave'), isHostVerb('toString'), isHostVerb('__proto__'), isHostVerb('deleteAll')]).toEqual([true, false, false, false]);
  });
});
