/**
 * Hồ sơ cơ quan ↔ the text fields of its form (lists are one entry per line).
 */
import { recipientEntries } from '@core/model';
import type { AgencyProfile, SignerProfile } from '../../app/services/contracts';

export type ProfileForm = {
  readonly parentAgency: string;
  readonly agency: string;
  readonly agencyCode: string;
  readonly place: string;
  readonly issuingBody: AgencyProfile['issuingBody'];
  readonly signers: string;
  readonly recipients: string;
  readonly archiveCode: string;
};

/** The form's text from a profile. */
export function formFromProfile(p: AgencyProfile): ProfileForm {
  return {
    parentAgency: p.parentAgency,
    agency: p.agency,
    agencyCode: p.agencyCode,
    place: p.place,
    issuingBody: p.issuingBody,
    signers: p.signers.map((s) => `${s.name} | ${s.title}`).join('\n'),
    recipients: p.recipients.join('\n'),
    archiveCode: p.archiveCode,
  };
}

function lines(text: string): string[] {
  return text
    .normalize('NFC')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

function signer(line: string): SignerProfile {
  const [name = '', title = ''] = line.split('|').map((s) => s.trim());
  return { name, title: title.toLocaleUpperCase('vi-VN') };
}

/** A profile from the form's text: trimmed, NFC, capitals where the page prints capitals. */
export function profileFromForm(f: ProfileForm): AgencyProfile {
  return {
    parentAgency: lines(f.parentAgency).join('\n').toLocaleUpperCase('vi-VN'),
    agency: lines(f.agency).join('\n').toLocaleUpperCase('vi-VN'),
    agencyCode: f.agencyCode.trim().toLocaleUpperCase('vi-VN'),
    place: f.place.normalize('NFC').trim(),
    issuingBody: f.issuingBody,
    signers: lines(f.signers).map(signer),
    recipients: recipientEntries(f.recipients),
    archiveCode: f.archiveCode.normalize('NFC').trim(),
  };
}
