/**
 * The signer form: thẩm quyền ký (TM. / KT. / TL. / TUQ. / Q.), the head's title, the signer's title
 * and name, with the usual combinations one click away.
 */
import type { ReactElement } from 'react';
import { signerPresets, type SignerPreset } from '@core/model';
import type { AuthorityPrefix, Signature } from '@core/model';
import { SHEET_STRINGS } from './strings';

export type SignerFormProps = {
  readonly signature: Signature | null;
  readonly onChange: (signature: Signature) => void;
  readonly onDone: () => void;
  /** The issuing agency's lines: a Sở is offered Giám đốc blocks, a UBND its TM. and Chủ tịch blocks. */
  readonly agency?: string | null;
};

const EMPTY: Signature = { onBehalfOf: null, authority: null, headTitle: null, signerTitle: null, name: null };

/** The usual signer blocks of a UBND (docs/nd30.md §3.7, rule signature.authority). */
export const SIGNER_PRESETS: readonly SignerPreset[] = signerPresets(null);

const AUTHORITIES: readonly AuthorityPrefix[] = ['KT.', 'TL.', 'TUQ.', 'Q.'];

/** Typed text as stored: NFC, null when empty; never trimmed while typing (spaces between words). */
function typed(value: string): string | null {
  return value === '' ? null : value.normalize('NFC');
}

/** The form under the signer block. */
export function SignerForm(props: SignerFormProps): ReactElement {
  const sig = props.signature ?? EMPTY;
  const set = (patch: Partial<Signature>): void => props.onChange({ ...sig, ...patch });
  const presets = signerPresets(props.agency ?? null);
  const upper = (v: string): string | null => typed(v)?.toLocaleUpperCase('vi-VN') ?? null;
  return (
    <div className="popover signer-form" role="group" aria-label={SHEET_STRINGS.signerForm}>
      <label>
        Mẫu thường dùng
        <select
          aria-label="Mẫu khối chữ ký"
          value=""
          onChange={(e) => {
            const preset = presets[Number(e.target.value)];
            if (preset) {
              set(preset.value);
            }
          }}
        >
          <option value="">— chọn —</option>
          {presets.map((p, i) => (
            <option key={p.label} value={i}>
              {p.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        {SHEET_STRINGS.onBehalfOf}
        <input aria-label={SHEET_STRINGS.onBehalfOf} value={sig.onBehalfOf ?? ''} onChange={(e) => set({ onBehalfOf: upper(e.target.value) })} />
      </label>
      <label>
        {SHEET_STRINGS.authority}
        <select
          aria-label={SHEET_STRINGS.authority}
          value={sig.authority ?? ''}
          onChange={(e) => set({ authority: (e.target.value || null) as AuthorityPrefix | null })}
        >
          <option value="">{SHEET_STRINGS.authorityNone}</option>
          {AUTHORITIES.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      </label>
      <label>
        {SHEET_STRINGS.headTitle}
        <input aria-label={SHEET_STRINGS.headTitle} value={sig.headTitle ?? ''} onChange={(e) => set({ headTitle: upper(e.target.value) })} />
      </label>
      <label>
        {SHEET_STRINGS.signerTitle}
        <input aria-label={SHEET_STRINGS.signerTitle} value={sig.signerTitle ?? ''} onChange={(e) => set({ signerTitle: upper(e.target.value) })} />
      </label>
      <label>
        {SHEET_STRINGS.signerName}
        <input aria-label={SHEET_STRINGS.signerName} value={sig.name ?? ''} onChange={(e) => set({ name: typed(e.target.value) })} />
      </label>
      <div className="popover__actions">
        <button type="button" onClick={props.onDone}>
          {SHEET_STRINGS.done}
        </button>
      </div>
    </div>
  );
}
