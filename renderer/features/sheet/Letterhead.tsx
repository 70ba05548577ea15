/**
 * The letterhead as printed (NĐ 30/2020, PL I, Phần I, Mục II): left column the supervising and
 * issuing bodies and "Số: …/…"; right column Quốc hiệu, Tiêu ngữ and the place-date line.
 */
import { memo, type ReactElement } from 'react';
import type { Header } from '@core/model';
import { DateLine } from './DateLine';
import { InlineText } from './InlineText';
import { SHEET_STRINGS } from './strings';

export type LetterheadProps = {
  readonly header: Header;
  readonly isLetter: boolean;
  readonly readOnly: boolean;
  readonly onChange: (patch: Partial<Header>) => void;
};

/** The two-column head of the page (memoized: body typing leaves the header untouched). */
export const Letterhead = memo(LetterheadView);

/** A header line of a file under review as the file writes it (spaces left for a number or day included). */
function AsWritten(props: { readonly className: string; readonly field: string; readonly text: string }): ReactElement {
  return (
    <div className={`${props.className} as-written`} data-field={props.field}>
      {props.text.trim()}
    </div>
  );
}

function LetterheadView(props: LetterheadProps): ReactElement {
  const { header, readOnly, onChange } = props;
  return (
    <div className="letterhead" role="group" aria-label="Phần đầu văn bản">
      <div className="letterhead__left">
        {header.parentAgency !== null || !readOnly ? (
          <InlineText
            className="letterhead__parent"
            label={SHEET_STRINGS.parentAgency}
            field="parentAgency"
            value={header.parentAgency}
            multiline
            readOnly={readOnly}
            placeholder={SHEET_STRINGS.addParentAgency}
            onCommit={(v) => onChange({ parentAgency: v.trim() === '' ? null : v.toLocaleUpperCase('vi-VN') })}
          />
        ) : null}
        <InlineText
          className="letterhead__agency"
          label={SHEET_STRINGS.agency}
          field="agency"
          value={header.agency}
          multiline
          readOnly={readOnly}
          placeholder={SHEET_STRINGS.missing(SHEET_STRINGS.agency)}
          onCommit={(v) => onChange({ agency: v.toLocaleUpperCase('vi-VN') })}
        />
        <div className="rule rule--short" aria-hidden="true" />
        {readOnly && header.source?.number ? (
          <AsWritten className="letterhead__number" field="number" text={header.source.number.text} />
        ) : (
        <div className="letterhead__number" data-field="number">
          {'Số: '}
          <InlineText
            label={SHEET_STRINGS.number}
            field="number"
            value={header.number}
            readOnly={readOnly}
            placeholder={'\u2003\u2003'}
            onCommit={(v) => onChange({ number: v.trim() })}
          />
          {'/'}
          <InlineText
            label={SHEET_STRINGS.symbol}
            field="symbol"
            value={header.symbol}
            readOnly={readOnly}
            placeholder="KH-…"
            onCommit={(v) => onChange({ symbol: v.trim() })}
          />
        </div>
        )}
        {props.isLetter ? (
          <div className="letterhead__vv" data-field="summary">
            {'V/v '}
            <InlineText
              label={SHEET_STRINGS.summary}
              field="summary"
              value={header.summary}
              multiline
              paragraph
              readOnly={readOnly}
              onCommit={(v) => onChange({ summary: v })}
            />
          </div>
        ) : null}
      </div>
      <div className="letterhead__right">
        <InlineText
          className="letterhead__national"
          label={SHEET_STRINGS.nationalTitle}
          field="nationalTitle"
          value={header.nationalTitle}
          readOnly={readOnly}
          placeholder={SHEET_STRINGS.missing(SHEET_STRINGS.nationalTitle)}
          onCommit={(v) => onChange({ nationalTitle: v })}
        />
        <InlineText
          className="letterhead__motto"
          label={SHEET_STRINGS.motto}
          field="motto"
          value={header.motto}
          readOnly={readOnly}
          placeholder={SHEET_STRINGS.missing(SHEET_STRINGS.motto)}
          onCommit={(v) => onChange({ motto: v })}
        />
        <div className="rule rule--motto" aria-hidden="true" />
        {readOnly && header.source?.date ? (
          <AsWritten className="letterhead__date" field="date" text={header.source.date.text} />
        ) : (
        <DateLine
          place={header.place}
          date={header.date}
          readOnly={readOnly}
          onPlace={(place) => onChange({ place })}
          onDate={(date) => onChange({ date })}
        />
        )}
      </div>
    </div>
  );
}
