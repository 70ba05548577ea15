/**
 * The pages of the export drawn from the same layout description the .docx writer writes (describeDocument)
 * as core/layout paginates it: every line where LibreOffice and Word set it, the Quốc hiệu, the letterhead and
 * signer tables, data tables with their header rows repeated, appendices on their own pages (landscape where
 * set) and the page number at the top of every page but the first of each section. Printing prints these pages.
 */
import type { CSSProperties, ReactElement } from 'react';
import { measureParagraph, type Line, type MeasuredParagraph } from '@core/layout';
import type { Fragment, GridFragment, LayoutPage, Pagination, RowsFragment } from '@core/layout';
import { CELL_MARGIN, PAGE } from '@core/layout';
import { cellSpecs } from '@core/layout';
import { cellWidth } from '@core/layout';
import type { ParaSpec } from '@core/layout';
import { PREVIEW_STRINGS } from './strings';
import './paged.css';

/** Twips as CSS points. */
function pt(twips: number): string {
  return `${twips / 20}pt`;
}

function LineView(props: { readonly line: Line; readonly width: number; readonly align: MeasuredParagraph['align']; readonly top: number }): ReactElement {
  const { line } = props;
  const justify = props.align === 'justify' && !line.ends;
  const style: CSSProperties = {
    top: pt(props.top),
    left: pt(line.indent),
    width: pt(props.width - line.indent),
    height: pt(line.height),
    textAlign: props.align === 'justify' ? 'justify' : props.align,
    textAlignLast: justify ? 'justify' : props.align === 'justify' ? 'left' : props.align,
  };
  return (
    <div className="pp-line" style={style}>
      {line.runs.map((run, i) => (
        <span key={i} style={{ fontWeight: run.bold ? 'bold' : 'normal', fontStyle: run.italic ? 'italic' : 'normal', fontSize: `${run.size / 2}pt` }}>
          {run.text}
        </span>
      ))}
    </div>
  );
}

/** Lines of a paragraph from its first shown line, `top` twips below the box's top; returns the views and the height. */
function paragraphLines(para: MeasuredParagraph, lines: readonly Line[], width: number, top: number, key: string, rule?: { width: number; within: number }): ReactElement[] {
  const out: ReactElement[] = [];
  let y = top;
  lines.forEach((line, i) => {
    out.push(<LineView key={`${key}-${i}`} line={line} width={width} align={para.align} top={y} />);
    y += line.height;
  });
  if (rule) {
    const side = Math.max(0, (rule.within - rule.width) / 2);
    out.push(<div key={`${key}-rule`} className="pp-rule" style={{ top: pt(y + 20), left: pt(side), width: pt(rule.width) }} />);
  }
  return out;
}

/** The paragraphs of a table cell stacked from its top, with LibreOffice's spacing between them. */
function CellView(props: { readonly paragraphs: readonly ParaSpec[]; readonly width: number }): ReactElement {
  const inner = props.width - 2 * CELL_MARGIN;
  const views: ReactElement[] = [];
  let y = 0;
  let trailing = 0;
  props.paragraphs.forEach((spec, i) => {
    const para = measureParagraph(spec, inner);
    y += Math.max(0, para.before - trailing);
    views.push(...paragraphLines(para, para.lines, inner, y, String(i), spec.kind === 'rule' ? { width: spec.width, within: spec.within } : undefined));
    y += para.lines.reduce((a, l) => a + l.height, 0) + para.border + para.after;
    trailing = para.after;
  });
  return (
    <div className="pp-cell" style={{ height: pt(y), marginLeft: pt(CELL_MARGIN), width: pt(inner) }}>
      {views}
    </div>
  );
}

function GridView(props: { readonly fragment: GridFragment }): ReactElement {
  const { spec, heights } = props.fragment;
  return (
    <div className={`pp-grid pp-grid--${spec.role}`} style={{ top: pt(props.fragment.top), left: 0 }} data-role={spec.role}>
      {spec.rows.map((row, r) => (
        <div key={r} className="pp-grid__row" style={{ height: pt(heights[r] ?? 0) }}>
          {row.cells.map((cell, c) => (
            <div key={c} className="pp-grid__cell" style={{ width: pt(spec.columns[c] ?? 0) }}>
              <CellView paragraphs={cell} width={spec.columns[c] ?? 0} />
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}

function RowsView(props: { readonly fragment: RowsFragment; readonly width: number }): ReactElement {
  const { fragment } = props;
  const { geometry } = fragment;
  const shown = new Set(fragment.rows);
  return (
    <table className="pp-table" style={{ top: pt(fragment.top), width: pt(props.width) }} data-block-id={fragment.spec.table.id}>
      <colgroup>
        {geometry.columns.map((w, i) => (
          <col key={i} style={{ width: pt(w) }} />
        ))}
      </colgroup>
      <tbody>
        {fragment.rows.map((r, i) => (
          <tr key={`${r}-${i}`} style={{ height: pt(fragment.heights[i] ?? 0) }}>
            {(geometry.grid.rows[r] ?? []).map((placed, c) => {
              // A cell merged down spans only the rows of it this page shows.
              let span = 1;
              while (span < placed.rowSpan && shown.has(r + span) && fragment.rows[i + span] === r + span) {
                span += 1;
              }
              const width = cellWidth(placed, geometry.columns);
              const offset = fragment.offsets[i] ?? 0;
              const cell = <CellView paragraphs={cellSpecs(placed.cell, r < geometry.headerRows, fragment.spec.size)} width={width} />;
              return (
                <td key={c} colSpan={placed.colSpan} rowSpan={span}>
                  {fragment.cut[i] === true ? (
                    // A row split over pages shows here only its part on this page.
                    <div className="pp-clip" style={{ maxHeight: pt(fragment.heights[i] ?? 0) }}>
                      <div style={{ marginTop: pt(-offset) }}>{cell}</div>
                    </div>
                  ) : (
                    cell
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function FragmentView(props: { readonly fragment: Fragment; readonly width: number }): ReactElement {
  const f = props.fragment;
  if (f.kind === 'grid') {
    return <GridView fragment={f} />;
  }
  if (f.kind === 'rows') {
    return <RowsView fragment={f} width={props.width} />;
  }
  const rule = f.spec.kind === 'rule' ? { width: f.spec.width, within: f.spec.within } : undefined;
  return (
    <div className="pp-para" style={{ top: pt(f.top), width: pt(props.width) }} data-block-id={f.spec.kind === 'text' ? f.spec.blockId : undefined}>
      {paragraphLines(f.para, f.lines, props.width, f.before, 'l', f.last ? rule : undefined)}
    </div>
  );
}

/** One printed page at its real size. */
export function PageSheet(props: { readonly page: LayoutPage; readonly index: number; readonly total: number }): ReactElement {
  const { page } = props;
  const geometry = page.page;
  return (
    <section
      className={`pp-page pp-page--${geometry.orientation}`}
      style={{ width: pt(geometry.width), height: pt(geometry.height) }}
      aria-label={PREVIEW_STRINGS.pageOf(props.index + 1, props.total)}
      data-page={props.index + 1}
    >
      {page.showsNumber ? (
        <div className="pp-number" style={{ top: pt(PAGE.header), left: pt(geometry.left), width: pt(geometry.textWidth) }}>
          {page.number}
        </div>
      ) : null}
      <div className="pp-body" style={{ top: pt(geometry.top), left: pt(geometry.left), width: pt(geometry.textWidth), height: pt(geometry.textHeight) }}>
        {page.fragments.map((fragment, i) => (
          <FragmentView key={i} fragment={fragment} width={geometry.textWidth} />
        ))}
      </div>
    </section>
  );
}

/** Every page of a pagination. */
export function PagedView(props: { readonly pagination: Pagination }): ReactElement {
  const total = props.pagination.pages.length;
  return (
    <div className="pp-pages">
      {props.pagination.pages.map((page, i) => (
        <PageSheet key={i} page={page} index={i} total={total} />
      ))}
    </div>
  );
}
