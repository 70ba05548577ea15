/**
 * Tools for the parts of a plan around the body: "Thêm phụ lục" (portrait or landscape) and
 * "Tạo bảng phân công nhiệm vụ" (the task-assignment appendix, built again from the body on each run).
 */
import type { ReactElement } from 'react';
import { APP_STRINGS } from '../strings';

export type DocumentToolsProps = {
  readonly onAddAppendix: (orientation: 'portrait' | 'landscape') => void;
  readonly onTaskTable: () => void;
};

/** The appendix tools of the desk bar. */
export function DocumentTools(props: DocumentToolsProps): ReactElement {
  return (
    <div className="document-tools" role="group" aria-label={APP_STRINGS.appendixTools}>
      <select
        aria-label={APP_STRINGS.addAppendix}
        value=""
        onChange={(e) => {
          const value = e.target.value;
          if (value === 'portrait' || value === 'landscape') {
            props.onAddAppendix(value);
          }
        }}
      >
        <option value="">{APP_STRINGS.addAppendix}…</option>
        <option value="portrait">{APP_STRINGS.addAppendixPortrait}</option>
        <option value="landscape">{APP_STRINGS.addAppendixLandscape}</option>
      </select>
      <button type="button" onClick={props.onTaskTable} title={APP_STRINGS.taskTableHint}>
        {APP_STRINGS.taskTable}
      </button>
    </div>
  );
}
