/**
 * The Hồ sơ cơ quan dialog: agency, supervising body, code, place, signers, usual recipients, archive code.
 */
import { useState, type ReactElement } from 'react';
import type { AgencyProfile } from '../../app/services/contracts';
import { Dialog } from '../../ui/Dialog';
import { formFromProfile, profileFromForm, type ProfileForm } from './profile-form';
import { SETTINGS_STRINGS } from './strings';

export type SettingsDialogProps = {
  readonly profile: AgencyProfile;
  readonly onSave: (profile: AgencyProfile) => void;
  readonly onClose: () => void;
};

type TextKey = Exclude<keyof ProfileForm, 'issuingBody'>;

/** The profile dialog. */
export function SettingsDialog(props: SettingsDialogProps): ReactElement {
  const [form, setForm] = useState<ProfileForm>(() => formFromProfile(props.profile));
  const field = (key: TextKey, label: string, multiline = false): ReactElement => (
    <label className="form__row">
      <span>{label}</span>
      {multiline ? (
        <textarea aria-label={label} rows={3} value={form[key]} onChange={(e) => setForm({ ...form, [key]: e.target.value })} />
      ) : (
        <input aria-label={label} value={form[key]} onChange={(e) => setForm({ ...form, [key]: e.target.value })} />
      )}
    </label>
  );
  return (
    <Dialog title={SETTINGS_STRINGS.title} onClose={props.onClose} wide>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          props.onSave(profileFromForm(form));
        }}
      >
        <p className="hint">{SETTINGS_STRINGS.intro}</p>
        {field('parentAgency', SETTINGS_STRINGS.parentAgency, true)}
        {field('agency', SETTINGS_STRINGS.agency, true)}
        {field('agencyCode', SETTINGS_STRINGS.agencyCode)}
        {field('place', SETTINGS_STRINGS.place)}
        <label className="form__row">
          <span>{SETTINGS_STRINGS.issuingBody}</span>
          <select
            aria-label={SETTINGS_STRINGS.issuingBody}
            value={form.issuingBody}
            onChange={(e) => setForm({ ...form, issuingBody: e.target.value as ProfileForm['issuingBody'] })}
          >
            {Object.entries(SETTINGS_STRINGS.bodies).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        {field('signers', SETTINGS_STRINGS.signers, true)}
        {field('recipients', SETTINGS_STRINGS.recipients, true)}
        {field('archiveCode', SETTINGS_STRINGS.archiveCode)}
        <div className="form__actions">
          <button type="button" onClick={props.onClose}>
            {SETTINGS_STRINGS.cancel}
          </button>
          <button type="submit" className="primary">
            {SETTINGS_STRINGS.save}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
