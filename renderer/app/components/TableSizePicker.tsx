/**
 * "Bảng có kích thước…": a small form for a table of a chosen size (rows × columns, the first row a
 * header row), next to the insert-table button that makes the usual 3 × 3.
 */
import { useState, type ReactElement } from 'react';

export type TableSizePickerProps = {
  readonly onInsert: (size: { readonly rows: number; readonly columns: number }) => void;
};

const clamp = (value: number, max: number): number => Math.min(max, Math.max(1, Math.round(Number.isFinite(value) ? value : 1)));

/** The size form behind a "▾" button. */
export function TableSizePicker(props: TableSizePickerProps): ReactElement {
  const [open, setOpen] = useState(false);
  const [rows, setRows] = useState(3);
  const [columns, setColumns] = useState(3);
  return (
    <span className="table-size">
      <button type="button" className="editor-toolbar__button" aria-label="Chèn bảng có kích thước…" title="Chèn bảng có kích thước…" aria-expanded={open} onClick={() => setOpen(!open)}>
        ▾
      </button>
      {open ? (
        <form
          className="popover table-size__form"
          aria-label="Kích thước bảng"
          onSubmit={(e) => {
            e.preventDefault();
            setOpen(false);
            props.onInsert({ rows: clamp(rows, 200), columns: clamp(columns, 20) });
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              setOpen(false);
            }
          }}
        >
          <label>
            Số hàng (kể cả hàng tiêu đề)
            <input type="number" min={1} max={200} value={rows} autoFocus onChange={(e) => setRows(Number(e.target.value))} />
          </label>
          <label>
            Số cột
            <input type="number" min={1} max={20} value={columns} onChange={(e) => setColumns(Number(e.target.value))} />
          </label>
          <div className="popover__actions">
            <button type="button" onClick={() => setOpen(false)}>
              Hủy
            </button>
            <button type="submit" className="primary">
              Chèn bảng
            </button>
          </div>
        </form>
      ) : null}
    </span>
  );
}
