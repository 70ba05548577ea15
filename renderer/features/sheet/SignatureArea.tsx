/**
 * The foot of the page: Nơi nhận on the left, the signer block on the right (PL I, Mục II, khoản 7–8).
 * Click either to edit it in place.
 */
import { memo, useState, type ReactElement } from 'react';
import type { Recipient, Signature } from '@core/model';
import { signatureLines } from '@core/model';
import { SignerForm } from './SignerForm';
import { SHEET_STRINGS } from './strings';
import { cleanRecipientText, formatRecipientLines } from '@core/model';

export type SignatureAreaProps = {
  readonly signature: Signature | null;
  readonly recipients: readonly Recipient[];
  readonly readOnly: boolean;
  readonly onSignature: (signature: Signature) => void;
  readonly onRecipients: (items: readonly Recipient[]) => void;
  /** The issuing agency's lines (the signer presets follow its kind: Sở, Ban, Phòng, UBND). */
  readonly agency?: string | null;
};

/** Recipient lines as the user types them: "+ " marks a nested entry. */
export function recipientsToText(items: readonly Recipient[]): string {
  return items.map((r) => (r.depth === 1 ? `+ ${r.text}` : r.text)).join('\n');
}

/** Recipients from typed lines; "-" markers and end punctuation are dropped (the page adds them). */
export function recipientsFromText(text: string): Recipient[] {
  return text
    .normalize('NFC')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const nested = line.startsWith('+');
      return { text: cleanRecipientText(line), depth: nested ? 1 : 0 };
    });
}

function RecipientsList(props: { readonly items: readonly Recipient[] }): ReactElement {
  const lines = formatRecipientLines(props.items);
  return (
    <ul className="recipients__list">
      {lines.map((line, i) => (
        <li key={i} className={line.startsWith('+') ? 'recipients__nested' : undefined}>
          {line}
        </li>
      ))}
    </ul>
  );
}

/** Nơi nhận and signer, side by side (memoized: body typing leaves them untouched). */
export const SignatureArea = memo(SignatureAreaView);

function SignatureAreaView(props: SignatureAreaProps): ReactElement {
  const [editingRecipients, setEditingRecipients] = useState<string | null>(null);
  const [editingSigner, setEditingSigner] = useState(false);
  const lines = props.signature ? signatureLines(props.signature) : [];
  const commitRecipients = (): void => {
    if (editingRecipients !== null) {
      props.onRecipients(recipientsFromText(editingRecipients));
      setEditingRecipients(null);
    }
  };
  return (
    <div className="foot">
      <div className="recipients" data-part="recipients">
        <div className="recipients__heading">Nơi nhận:</div>
        {editingRecipients !== null ? (
          <>
            <textarea
              aria-label={SHEET_STRINGS.recipients}
              className="recipients__edit"
              autoFocus
              rows={Math.max(4, editingRecipients.split('\n').length + 1)}
              value={editingRecipients}
              onChange={(e) => setEditingRecipients(e.target.value)}
              onBlur={commitRecipients}
            />
            <div className="hint">{SHEET_STRINGS.recipientsHint}</div>
          </>
        ) : (
          <div
            role={props.readOnly ? undefined : 'button'}
            tabIndex={props.readOnly ? undefined : 0}
            aria-label={props.readOnly ? undefined : SHEET_STRINGS.edit(SHEET_STRINGS.recipients)}
            className={props.readOnly ? '' : 'editable-block'}
            onClick={() => !props.readOnly && setEditingRecipients(recipientsToText(props.recipients))}
            onKeyDown={(e) => {
              if (!props.readOnly && e.key === 'Enter') {
                setEditingRecipients(recipientsToText(props.recipients));
              }
            }}
          >
            <RecipientsList items={props.recipients} />
          </div>
        )}
      </div>
      <div className="signer" data-part="signature">
        <div
          role={props.readOnly ? undefined : 'button'}
          tabIndex={props.readOnly ? undefined : 0}
          aria-label={props.readOnly ? undefined : SHEET_STRINGS.edit(SHEET_STRINGS.signer)}
          aria-expanded={props.readOnly ? undefined : editingSigner}
          className={props.readOnly ? '' : 'editable-block'}
          onClick={() => !props.readOnly && setEditingSigner(true)}
          onKeyDown={(e) => {
            if (!props.readOnly && e.key === 'Enter') {
              setEditingSigner(true);
            }
          }}
        >
          {lines.map((line, i) => (
            <div key={i} className="signer__line">
              {line}
            </div>
          ))}
          <div className="signer__space" />
          <div className="signer__name">{props.signature?.name ?? ''}</div>
        </div>
        {editingSigner && !props.readOnly ? (
          <SignerForm signature={props.signature} agency={props.agency ?? null} onChange={props.onSignature} onDone={() => setEditingSigner(false)} />
        ) : null}
      </div>
    </div>
  );
}
