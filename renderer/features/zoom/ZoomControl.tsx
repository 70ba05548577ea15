/**
 * The zoom control of the desk bar: − , the percent (a list: fit to width and the usual percents), +.
 */
import type { ReactElement } from 'react';
import type { SheetZoom } from '../../../electron/common/settings';
import { ZOOM_STRINGS } from './strings';
import { ZOOM_STEPS, type ZoomRequest } from './zoom-model';

export type ZoomControlProps = {
  readonly zoom: SheetZoom;
  /** The percent the sheet is drawn at (the fit-width one in fit mode). */
  readonly percent: number;
  readonly onZoom: (zoom: SheetZoom) => void;
  readonly onStep: (request: ZoomRequest) => void;
};

/** − [100 %] + */
export function ZoomControl(props: ZoomControlProps): ReactElement {
  const steps = typeof props.zoom === 'number' && !ZOOM_STEPS.includes(props.zoom) ? [...ZOOM_STEPS, props.zoom].sort((a, b) => a - b) : ZOOM_STEPS;
  return (
    <div className="zoom-control" role="group" aria-label={ZOOM_STRINGS.group} data-percent={props.percent}>
      <button type="button" className="zoom-control__step" aria-label={ZOOM_STRINGS.zoomOut} title={ZOOM_STRINGS.zoomOut} onClick={() => props.onStep('out')}>
        −
      </button>
      <select
        aria-label={ZOOM_STRINGS.level}
        title={ZOOM_STRINGS.level}
        value={props.zoom === 'fit' ? 'fit' : String(props.zoom)}
        onChange={(e) => props.onZoom(e.target.value === 'fit' ? 'fit' : Number(e.target.value))}
      >
        <option value="fit">{props.zoom === 'fit' ? ZOOM_STRINGS.fitLevel(props.percent) : ZOOM_STRINGS.fit}</option>
        {steps.map((s) => (
          <option key={s} value={String(s)}>
            {ZOOM_STRINGS.percent(s)}
          </option>
        ))}
      </select>
      <button type="button" className="zoom-control__step" aria-label={ZOOM_STRINGS.zoomIn} title={ZOOM_STRINGS.zoomIn} onClick={() => props.onStep('in')}>
        +
      </button>
    </div>
  );
}
