/**
 * The table's context menu: right-click in a cell offers the table actions (rows, columns, header
 * row, delete) for that cell, as Word does. Escape, a click elsewhere or a choice closes it.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $findCellNode } from '@lexical/table';
import { $getNearestNodeFromDOMNode, $getSelection, $isRangeSelection } from 'lexical';
import { type ReactElement, useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { TABLE_ACTION_COMMAND } from '../../commands';
import { TableAction } from '../../ops/table-ops';

/** Vietnamese labels of the table actions (shared with the toolbar through actions.ts). */
export const TABLE_MENU_LABELS: Readonly<Record<TableAction, string>> = {
  'row-above': 'Chèn hàng phía trên',
  'row-below': 'Chèn hàng phía dưới',
  'column-left': 'Chèn cột bên trái',
  'column-right': 'Chèn cột bên phải',
  'delete-row': 'Xóa hàng',
  'delete-column': 'Xóa cột',
  'toggle-header': 'Bật/tắt hàng tiêu đề',
  'delete-table': 'Xóa bảng',
};

type Place = { readonly x: number; readonly y: number };

/** The menu, shown at the pointer after a right-click in a cell of this editor. */
export function TableMenu(): ReactElement | null {
  const [editor] = useLexicalComposerContext();
  const [place, setPlace] = useState<Place | null>(null);
  useEffect(() => {
    const onContextMenu = (event: MouseEvent): void => {
      const target = event.target instanceof Node ? event.target : null;
      if (!target || !editor.isEditable()) {
        return;
      }
      let inCell = false;
      editor.update(() => {
        const near = $getNearestNodeFromDOMNode(target);
        const cell = near ? $findCellNode(near) : null;
        if (!cell) {
          return;
        }
        inCell = true;
        const selection = $getSelection();
        const current = $isRangeSelection(selection) ? $findCellNode(selection.anchor.getNode()) : null;
        if (!current || !current.is(cell)) {
          cell.selectEnd();
        }
      }, { discrete: true });
      if (inCell) {
        event.preventDefault();
        setPlace({ x: event.clientX, y: event.clientY });
      }
    };
    return editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('contextmenu', onContextMenu);
      root?.addEventListener('contextmenu', onContextMenu);
    });
  }, [editor]);
  useEffect(() => {
    if (!place) {
      return undefined;
    }
    const close = (event: Event): void => {
      if (event instanceof KeyboardEvent && event.key !== 'Escape') {
        return;
      }
      if (event.target instanceof Element && event.target.closest('.plan-table-menu')) {
        return;
      }
      setPlace(null);
    };
    window.addEventListener('mousedown', close, true);
    window.addEventListener('keydown', close, true);
    return () => {
      window.removeEventListener('mousedown', close, true);
      window.removeEventListener('keydown', close, true);
    };
  }, [place]);
  if (!place) {
    return null;
  }
  // On the page body: a zoomed landscape sheet would otherwise scale the menu's place.
  return createPortal(
    <div className="plan-table-menu" role="menu" aria-label="Bảng" style={{ left: place.x, top: place.y }}>
      {Object.values(TableAction).map((action) => (
        <button
          key={action}
          type="button"
          role="menuitem"
          onMouseDown={(e) => {
            e.preventDefault();
            editor.dispatchCommand(TABLE_ACTION_COMMAND, action);
            setPlace(null);
          }}
        >
          {TABLE_MENU_LABELS[action]}
        </button>
      ))}
    </div>,
    document.body,
  );
}
