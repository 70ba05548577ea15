/**
 * The body drawn read-only from the model (reviewer mode, print preview, and the fallback while the
 * body editor is not mounted). Labels are the ones read from the file, else computed from the tree.
 */
import type { ReactElement } from 'react';
import { computeLabels, displayLabel } from '@core/model';
import type { Block, Run } from '@core/model';
import { TableView } from './TableView';

export type BodyViewProps = {
  readonly blocks: readonly Block[];
  readonly endsWithMark: boolean;
  readonly showPlaceholders: boolean;
};

/** Runs with bold and italic. */
export function RunsView(props: { readonly runs: readonly Run[] }): ReactElement {
  return (
    <>
      {props.runs.map((run, i) => {
        let node: ReactElement | string = run.text;
        if (run.italic) {
          node = <em>{node}</em>;
        }
        if (run.bold) {
          node = <strong>{node}</strong>;
        }
        return <span key={i}>{node}</span>;
      })}
    </>
  );
}

/** The body as it prints. */
export function BodyView(props: BodyViewProps): ReactElement {
  const labels = computeLabels(props.blocks);
  const render = (blocks: readonly Block[]): ReactElement[] =>
    blocks.flatMap((block) => {
      if (block.kind === 'paragraph') {
        if (block.placeholder && !props.showPlaceholders) {
          return [];
        }
        return [
          <p key={block.id} data-block-id={block.id} className={block.placeholder ? 'body-p body-p--guidance' : 'body-p'}>
            <RunsView runs={block.runs} />
          </p>,
        ];
      }
      if (block.kind === 'table') {
        return [<TableView key={block.id} table={block} />];
      }
      const label = block.kind === 'numbered' ? displayLabel(block, labels) : block.marker;
      const cls = block.kind === 'numbered' ? `body-p body-${block.level}${block.titled ? ' body--titled' : ''}` : 'body-p body-bullet';
      return [
        <p key={block.id} data-block-id={block.id} className={cls}>
          <span className="body-label">{label}</span> <RunsView runs={block.runs} />
        </p>,
        ...render(block.children),
      ];
    });
  return (
    <div className="body-view" role="region" aria-label="Nội dung kế hoạch">
      {render(props.blocks)}
      {props.endsWithMark ? <p className="body-p body-end">./.</p> : null}
    </div>
  );
}
