/**
 * The A4 sheet: the plan as it prints, edited in place. Letterhead, type name and trích yếu, opening,
 * the body (editor or read-only view, passed in), closing, then Nơi nhận and the signer block.
 * Reviewing a Word file, the page is the file as it is instead (FileSheet: its own fonts, sizes and layout).
 */
import { useState, type ReactElement, type ReactNode } from 'react';
import type { Header, PlanDocument, Recipient, Signature } from '@core/model';
import { isBasisLine } from '@core/model';
import { formatAddresseeLines, KINH_GUI, recipientEntries } from '@core/model';
import { runsText } from '@core/model';
import { RunsView } from './BodyView';
import { ClosingArea } from './ClosingArea';
import { FileSheet } from './FileSheet';
import { InlineText } from './InlineText';
import { Letterhead } from './Letterhead';
import { PageBreaks, PageStatus } from './PageBreaks';
import { SignatureArea } from './SignatureArea';
import { SHEET_STRINGS } from './strings';

export type SheetProps = {
  readonly doc: PlanDocument;
  readonly readOnly: boolean;
  /** The body: the editor, or BodyView. */
  readonly body: ReactNode;
  /** Print preview: no edit affordances, exact page margins. */
  readonly preview?: boolean;
  /** Page view: the export's page boundaries on the sheet and the page count under it (the desk). */
  readonly pageView?: boolean;
  readonly onHeader: (patch: Partial<Header>) => void;
  readonly onOpening: (lines: readonly string[]) => void;
  /** The closing paragraphs edited (one per line); absent: the closing is read-only. */
  readonly onClosing?: (lines: readonly string[]) => void;
  readonly onSignature: (signature: Signature) => void;
  readonly onRecipients: (items: readonly Recipient[]) => void;
};

function TitleBlock(props: { readonly doc: PlanDocument; readonly readOnly: boolean; readonly onHeader: SheetProps['onHeader'] }): ReactElement | null {
  const { header } = props.doc;
  if (props.doc.kind === 'cong-van' || header.docType === null) {
    return null;
  }
  return (
    <div className="title-block">
      <InlineText
        className="title-block__type"
        label={SHEET_STRINGS.docType}
        field="docType"
        value={header.docType}
        readOnly={props.readOnly}
        onCommit={(v) => props.onHeader({ docType: v.toLocaleUpperCase('vi-VN') })}
      />
      <InlineText
        className="title-block__summary"
        label={SHEET_STRINGS.summary}
        field="summary"
        value={header.summary}
        multiline
        paragraph
        readOnly={props.readOnly}
        placeholder={SHEET_STRINGS.missing(SHEET_STRINGS.summary)}
        onCommit={(v) => props.onHeader({ summary: v })}
      />
      <div className="rule rule--title" aria-hidden="true" />
    </div>
  );
}

function Addressees(props: { readonly doc: PlanDocument; readonly readOnly: boolean; readonly onHeader: SheetProps['onHeader'] }): ReactElement | null {
  const list = props.doc.header.addressees;
  if (props.doc.kind !== 'cong-van' && list.length === 0) {
    return null;
  }
  // The lines the .docx prints after "Kính gửi:" (one addressee on the label's line, several as "- X;" lines).
  const lines = (value: string): ReactElement[] =>
    formatAddresseeLines(value.split('\n')).map((line, i) => (
      <span key={i} className="addressees__item">
        {line}
      </span>
    ));
  return (
    <div className="addressees" data-field="addressees">
      <span className="addressees__label">{KINH_GUI}</span>
      <InlineText
        className="addressees__list"
        label={SHEET_STRINGS.addressees}
        field="addressees"
        value={list.join('\n')}
        multiline
        readOnly={props.readOnly}
        renderValue={lines}
        onCommit={(v) => props.onHeader({ addressees: recipientEntries(v) })}
      />
    </div>
  );
}

const CONTINUOUS_KEY = 'kehoach.sheet.continuous';

function storedPaged(): boolean {
  try {
    return window.localStorage.getItem(CONTINUOUS_KEY) !== '1';
  } catch {
    return true;
  }
}

/** The page, with the page view when asked for; in reviewer mode a Word file as it is (FileSheet). */
export function Sheet(props: SheetProps): ReactElement {
  const facts = props.doc.formatting;
  if (props.readOnly && !props.preview && facts && facts.paragraphs.length > 0) {
    return <FileSheet doc={props.doc} facts={facts} />;
  }
  if (!props.pageView) {
    return <SheetPage {...props} />;
  }
  return <PagedSheet {...props} />;
}

function PagedSheet(props: SheetProps): ReactElement {
  const [paged, setPaged] = useState(storedPaged);
  const onPaged = (value: boolean): void => {
    setPaged(value);
    try {
      window.localStorage.setItem(CONTINUOUS_KEY, value ? '0' : '1');
    } catch {
      // Private windows may refuse storage: the choice lasts for this session.
    }
  };
  return (
    <>
      <SheetPage {...props} paged={paged}>
        {paged ? <PageBreaks doc={props.doc} /> : null}
      </SheetPage>
      <PageStatus doc={props.doc} paged={paged} onPaged={onPaged} />
    </>
  );
}

function SheetPage(props: SheetProps & { readonly paged?: boolean; readonly children?: ReactNode }): ReactElement {
  const { doc, readOnly } = props;
  const openingText = doc.opening.map((p) => runsText(p.runs)).join('\n');
  return (
    <article className={`sheet${props.preview ? ' sheet--preview' : ''}${props.paged ? ' sheet--paged' : ''}`} aria-label={SHEET_STRINGS.page}>
      <Letterhead header={doc.header} isLetter={doc.kind === 'cong-van'} readOnly={readOnly} onChange={props.onHeader} />
      <TitleBlock doc={doc} readOnly={readOnly} onHeader={props.onHeader} />
      <Addressees doc={doc} readOnly={readOnly} onHeader={props.onHeader} />
      <div className="opening" data-part="opening">
        {readOnly ? (
          doc.opening.map((p) => (
            <p key={p.id} className={isBasisLine(runsText(p.runs)) ? 'body-p opening--basis' : 'body-p'} data-block-id={p.id}>
              <RunsView runs={p.runs} />
            </p>
          ))
        ) : (
          <InlineText
            className="opening__edit"
            label={SHEET_STRINGS.opening}
            field="opening"
            value={openingText}
            placeholder={SHEET_STRINGS.addOpening}
            multiline
            renderValue={(v) => v.split('\n').map((line, i) => (
              <span key={i} className={isBasisLine(line) ? 'opening__line opening--basis' : 'opening__line'}>
                {line}
              </span>
            ))}
            onCommit={(v) => props.onOpening(v.split('\n').map((s) => s.trim()).filter((s) => s !== ''))}
          />
        )}
      </div>
      <div className="sheet__body">{props.body}</div>
      <ClosingArea closing={doc.closing} readOnly={readOnly} onClosing={props.onClosing} />
      <SignatureArea
        signature={doc.signature}
        agency={doc.header.agency}
        recipients={doc.recipients?.items ?? []}
        readOnly={readOnly}
        onSignature={props.onSignature}
        onRecipients={props.onRecipients}
      />
      {props.children}
    </article>
  );
}
